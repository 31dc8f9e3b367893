package fi.luukku.kiosk.ticket;

import fi.luukku.kiosk.shell.KioskViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The ticket screen: number, details and QR on screen; what to do next; back to start when done. */
public final class TicketViewModel {
    private final KioskViewModel kiosk;

    public TicketViewModel(KioskViewModel kiosk) {
        this.kiosk = kiosk;
    }

    public ReadOnlyObjectProperty<TicketScreenData> ticketProperty() {
        return kiosk.currentTicketProperty();
    }

    /** The instruction under the number: take the paper, or (printer failed) use the screen and ask staff. */
    public String instruction() {
        TicketScreenData t = kiosk.currentTicketProperty().get();
        if (t == null) {
            return "";
        }
        return t.printed() ? kiosk.text("ticket.take") : kiosk.text("ticket.notPrinted");
    }

    public void done() {
        kiosk.reset();
    }
}
