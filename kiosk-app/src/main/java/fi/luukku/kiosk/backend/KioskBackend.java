package fi.luukku.kiosk.backend;

import fi.luukku.core.api.QueueDto;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.KioskCatalog;
import java.util.List;
import java.util.Optional;

/**
 * What the kiosk's screens need from the outside world. Every method blocks (HTTP, H2): view models call them
 * through the {@code TaskRunner}. Tests put a fake behind it.
 */
public interface KioskBackend {

    /** The point's catalog: fresh from the service, or the cached copy when it is away. */
    KioskCatalog catalog();

    /** The queue's live state, or empty when the service cannot be reached. */
    Optional<QueueDto> queue(String queueId);

    /** Issues a ticket, online or from the offline block (stored durably before returning). */
    IssuedTicket issue(
            String serviceId,
            String queueId,
            String language,
            List<String> specialNeeds,
            String interpreterLanguage,
            String idempotencyKey);

    /** Checks in an appointment by booking code (throws ApiException 404 for an unknown code). */
    IssuedTicket checkIn(String bookingCode, String language, String idempotencyKey);

    /** Raises a help alert; true when delivered now, false when queued until the link returns. */
    boolean requestHelp(String source, String language, String idempotencyKey);

    boolean online();

    /** Entries (offline tickets, alerts) waiting to be sent to the service. */
    int pendingSync();

    /** Numbers of offline tickets the service refused (they are not in its queue): for staff. */
    default List<String> rejectedTickets() {
        return List.of();
    }

    /** The phone tracking page for a tracking code. */
    String trackingUrl(String trackingCode);

    /** Housekeeping from a background timer: sync, fetch offline numbers, check the link. */
    default void maintain() {}
}
