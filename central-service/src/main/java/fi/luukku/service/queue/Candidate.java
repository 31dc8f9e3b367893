package fi.luukku.service.queue;

import fi.luukku.core.domain.TicketStatus;
import java.util.Comparator;

/**
 * A ticket as the call rule sees it: plain values, no SQL.
 *
 * @param id unique ticket id (the last tie-break)
 * @param number the printed number, e.g. {@code K042}
 * @param queueId the queue the ticket waits in
 * @param status only {@link TicketStatus#WAITING} tickets can be called; parked ones cannot
 * @param sortAt its place in the queue (epoch millis; a transfer "to the front" moves it earlier)
 * @param issuedAt when it was issued (epoch millis)
 * @param dueAt a checked-in appointment's time (epoch millis), or null for a walk-in
 * @param priority a priority customer (special needs configured as priority)
 * @param passedBy how many priority customers have already passed this ticket
 */
public record Candidate(
        String id,
        String number,
        String queueId,
        TicketStatus status,
        long sortAt,
        long issuedAt,
        Long dueAt,
        boolean priority,
        int passedBy) {

    /** Queue order with a deterministic, unique tie-break: place, issue time, number (shorter first), id. */
    public static final Comparator<Candidate> QUEUE_ORDER = Comparator.comparingLong(Candidate::sortAt)
            .thenComparingLong(Candidate::issuedAt)
            .thenComparingInt(
                    (Candidate c) -> c.number() == null ? 0 : c.number().length())
            .thenComparing(c -> c.number() == null ? "" : c.number())
            .thenComparing(Candidate::id);

    public boolean isAppointment() {
        return dueAt != null;
    }

    public Candidate withPassedBy(int n) {
        return new Candidate(id, number, queueId, status, sortAt, issuedAt, dueAt, priority, n);
    }
}
