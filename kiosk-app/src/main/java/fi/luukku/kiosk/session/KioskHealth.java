package fi.luukku.kiosk.session;

import fi.luukku.core.device.printer.TicketPrinter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;

/** The kiosk's own state as staff see it: the link, what waits to be sent, refused tickets, the printer. */
public interface KioskHealth {

    ReadOnlyBooleanProperty onlineProperty();

    ReadOnlyIntegerProperty pendingSyncProperty();

    /** Numbers of offline tickets the service refused (read-only). */
    ObservableList<String> rejectedTickets();

    TicketPrinter printer();
}
