package fi.luukku.core.live;

import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import java.time.Instant;

/**
 * One call as the lobby sees it: a number sent to a desk. Deliberately only what may be shown in public: the
 * number, the queue, the desk, whether it is a booked appointment, and how often it was called. Never the
 * ticket's notes, triage or special needs.
 */
public record CallEntry(
        String ticketId,
        String number,
        String queueId,
        String deskId,
        TicketStatus status,
        boolean appointment,
        Instant calledAt,
        int recalls) {

    public static CallEntry of(TicketDto t) {
        return new CallEntry(
                t.id(),
                t.number(),
                t.queueId(),
                t.deskId(),
                t.status(),
                t.appointmentId() != null && !t.appointmentId().isBlank(),
                t.calledAt(),
                t.recalls());
    }

    /** True while the customer is called to the desk or being served there. */
    public boolean atDesk() {
        return status == TicketStatus.CALLED || status == TicketStatus.SERVING;
    }
}
