package fi.luukku.service.change;

import fi.luukku.core.api.TicketDto;

/** What may be kept for days and sent to every device: a ticket without its free-text notes and triage. */
public final class Redaction {
    private Redaction() {}

    /**
     * A ticket without the free-text notes and the triage: what events, stored idempotent answers and every
     * non-staff reader get. Special needs and interpreter language stay (staff consoles read them from events).
     */
    public static TicketDto withoutNotes(TicketDto t) {
        if (t == null || (t.notes() == null && t.triage() == null)) {
            return t;
        }
        TicketDto out = new TicketDto(
                t.id(),
                t.number(),
                t.pointId(),
                t.queueId(),
                t.serviceId(),
                t.status(),
                t.deskId(),
                t.language(),
                t.specialNeeds(),
                t.interpreterLanguage(),
                t.issuedAt(),
                t.calledAt(),
                t.startedAt(),
                t.finishedAt(),
                t.recalls(),
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                t.trackingCode(),
                t.appointmentId(),
                t.priority(),
                t.plan(),
                null,
                null);
        // the likely range and "no desk open" are for everyone who sees the estimate
        return out.withEstimate(
                t.estimatedWaitSeconds(), t.estimateLowSeconds(), t.estimateHighSeconds(), t.noDeskOpen());
    }
}
