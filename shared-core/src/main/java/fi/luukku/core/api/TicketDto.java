package fi.luukku.core.api;

import fi.luukku.core.domain.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * A queue ticket as every client sees it. Holds no personal data: only the number, the service, the
 * declared special needs and the triage of the visit.
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
        String notes) {}
