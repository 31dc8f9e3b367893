package fi.luukku.service.ticket;

import fi.luukku.core.api.TicketDto;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Redaction;
import java.util.List;

/** What each reader may see of a ticket: staff everything, events and stored answers no notes, devices no personal data. */
public final class TicketViews {
    private TicketViews() {}

    /** See {@link Redaction#withoutNotes}. */
    public static TicketDto withoutNotes(TicketDto t) {
        return Redaction.withoutNotes(t);
    }

    /** What a device (kiosk, display, feedback terminal) or the public may see of a ticket: no personal data. */
    public static TicketDto forDevice(TicketDto t) {
        if (t == null) {
            return null;
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
                List.of(),
                null,
                t.issuedAt(),
                t.calledAt(),
                t.startedAt(),
                t.finishedAt(),
                t.recalls(),
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                null, // the tracking code follows a person: only the kiosk that printed it and staff get it
                t.appointmentId(),
                t.priority(),
                t.plan(),
                null,
                null);
        // the likely range and "no desk open" are for everyone who sees the estimate
        return out.withEstimate(
                t.estimatedWaitSeconds(), t.estimateLowSeconds(), t.estimateHighSeconds(), t.noDeskOpen());
    }

    /** Staff see the whole ticket; everyone else {@link #forDevice}. */
    public static TicketDto forViewer(Principal p, TicketDto t) {
        return p != null && p.role().isStaff() ? t : forDevice(t);
    }

    public static List<TicketDto> forViewer(Principal p, List<TicketDto> list) {
        if (p != null && p.role().isStaff()) {
            return list;
        }
        return list.stream().map(TicketViews::forDevice).toList();
    }
}
