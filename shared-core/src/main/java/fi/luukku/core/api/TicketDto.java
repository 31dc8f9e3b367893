package fi.luukku.core.api;

import fi.luukku.core.domain.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * A queue ticket as every client sees it. Holds no personal data: only the number, the service, the
 * declared special needs and the triage of the visit.
 *
 * <p>The wait: {@code estimatedWaitSeconds} is the best single figure; {@code estimateLowSeconds} and
 * {@code estimateHighSeconds} the likely range; {@code noDeskOpen} says nobody serves the ticket's queue now, so the
 * figures are at most a lower bound and must not be shown as "0 min". Show them in words with
 * {@code fi.luukku.core.i18n.WaitWords}.
 */
public record TicketDto(
        String id,
        String number,
        String pointId,
        String queueId,
        String serviceId,
        TicketStatus status,
        String deskId,
        String language,
        List<String> specialNeeds,
        String interpreterLanguage,
        Instant issuedAt,
        Instant calledAt,
        Instant startedAt,
        Instant finishedAt,
        int recalls,
        int peopleAhead,
        long estimatedWaitSeconds,
        String trackingCode,
        String appointmentId,
        boolean priority,
        List<String> plan,
        TriageDto triage,
        String notes,
        long estimateLowSeconds,
        long estimateHighSeconds,
        boolean noDeskOpen) {

    /** A ticket without a range: the range is the single estimate. */
    public TicketDto(
            String id,
            String number,
            String pointId,
            String queueId,
            String serviceId,
            TicketStatus status,
            String deskId,
            String language,
            List<String> specialNeeds,
            String interpreterLanguage,
            Instant issuedAt,
            Instant calledAt,
            Instant startedAt,
            Instant finishedAt,
            int recalls,
            int peopleAhead,
            long estimatedWaitSeconds,
            String trackingCode,
            String appointmentId,
            boolean priority,
            List<String> plan,
            TriageDto triage,
            String notes) {
        this(
                id,
                number,
                pointId,
                queueId,
                serviceId,
                status,
                deskId,
                language,
                specialNeeds,
                interpreterLanguage,
                issuedAt,
                calledAt,
                startedAt,
                finishedAt,
                recalls,
                peopleAhead,
                estimatedWaitSeconds,
                trackingCode,
                appointmentId,
                priority,
                plan,
                triage,
                notes,
                estimatedWaitSeconds,
                estimatedWaitSeconds,
                false);
    }

    /** The same ticket with another wait estimate. */
    public TicketDto withEstimate(long seconds, long lowSeconds, long highSeconds, boolean noDesk) {
        return new TicketDto(
                id,
                number,
                pointId,
                queueId,
                serviceId,
                status,
                deskId,
                language,
                specialNeeds,
                interpreterLanguage,
                issuedAt,
                calledAt,
                startedAt,
                finishedAt,
                recalls,
                peopleAhead,
                seconds,
                trackingCode,
                appointmentId,
                priority,
                plan,
                triage,
                notes,
                lowSeconds,
                highSeconds,
                noDesk);
    }
}
