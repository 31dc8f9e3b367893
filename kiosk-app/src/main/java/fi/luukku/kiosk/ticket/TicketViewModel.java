package fi.luukku.kiosk.ticket;

import fi.luukku.kiosk.session.KioskSession;
import fi.luukku.kiosk.session.Navigator;
import fi.luukku.kiosk.session.TicketDelivery;
import fi.luukku.kiosk.session.TicketScreenData;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The ticket screen: number, details and QR on screen; what to do next; back to start when done. */
public final class TicketViewModel {
    private final KioskSession kiosk;
    private final Navigator navigator;
    private final TicketDelivery delivery;

    public TicketViewModel(KioskSession kiosk, Navigator navigator, TicketDelivery delivery) {
        this.kiosk = kiosk;
        this.navigator = navigator;
        this.delivery = delivery;
    }

    public ReadOnlyObjectProperty<TicketScreenData> ticketProperty() {
        return delivery.currentTicketProperty();
    }

    /** The instruction under the number: take the paper, or (printer failed) use the screen and ask staff. */
    public String instruction() {
        TicketScreenData t = delivery.currentTicketProperty().get();
        if (t == null) {
            return "";
        }
        if (t.printed()) {
            return kiosk.text("ticket.take");
        }
        // why, in the citizen's language (never the driver's English)
        return t.printProblem() == null
                ? kiosk.text("ticket.notPrinted")
                : kiosk.text("ticket.notPrinted") + "\n" + kiosk.text("ticket.printerProblem", t.printProblem());
    }

    public void done() {
        navigator.reset();
    }
}
