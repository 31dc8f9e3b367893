package fi.luukku.core.kiosk;

import fi.luukku.core.api.TicketDto;
import java.time.Instant;

/**
 * A ticket the kiosk handed out: from the service, or from the offline block (then {@code offline} is true,
 * people ahead and the estimate are unknown, and it waits in the outbox to be synced).
 */
public record IssuedTicket(
        String number,
        String queueId,
        String serviceId,
        Integer peopleAhead,
        Long estimatedWaitSeconds,
        String trackingCode,
        Instant issuedAt,
        boolean offline,
        String idempotencyKey) {

    public static IssuedTicket online(TicketDto t, String idempotencyKey) {
        return new IssuedTicket(
                t.number(),
                t.queueId(),
                t.serviceId(),
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                t.trackingCode(),
                t.issuedAt(),
                false,
                idempotencyKey);
    }
}
