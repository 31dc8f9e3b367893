package fi.luukku.kiosk.session;

import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.kiosk.IssuedTicket;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/** Issues, prints and shows a ticket; whatever the printer does, the ticket reaches the screen. */
public interface TicketDelivery {

    /** Queues for a service with the needs declared so far: the ticket is printed and shown at once. */
    void issueFor(ServiceDto service);

    /** Issues a ticket through {@code issuing} (a walk-in or a check-in), prints it and shows it. */
    void deliver(Callable<IssuedTicket> issuing);

    ReadOnlyBooleanProperty busyProperty();

    ReadOnlyObjectProperty<TicketScreenData> currentTicketProperty();
}
