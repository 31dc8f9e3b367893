package fi.luukku.service.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.BillingReportDto;
import fi.luukku.core.api.CallRequest;
import fi.luukku.core.api.CheckInRequest;
import fi.luukku.core.api.DailyStatsDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.FeedbackDto;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.api.FreeTimeDto;
import fi.luukku.core.api.FreeTimeRequest;
import fi.luukku.core.api.HealthDto;
import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.api.OfflineBlockRequest;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.Problem;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ReferralDto;
import fi.luukku.core.api.ReferralRequest;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.Role;
import fi.luukku.core.domain.SpecialNeed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the DTO records cannot say by their types: which fields are always there (answers) or must be sent
 * (requests), which are set by the service only, and which strings take one of a fixed set of values.
 */
final class ApiSchemaRules {
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Map<Class<?>, List<String>> REQUIRED = Map.ofEntries(
            // answers: always present
            Map.entry(
                    TicketDto.class,
                    List.of(
                            "id",
                            "number",
                            "pointId",
                            "queueId",
                            "status",
                            "language",
                            "specialNeeds",
                            "issuedAt",
                            "recalls",
                            "peopleAhead",
                            "estimatedWaitSeconds",
                            "trackingCode",
                            "priority",
                            "plan")),
            Map.entry(
                    QueueDto.class,
                    List.of(
                            "id",
                            "pointId",
                            "prefix",
                            "name",
                            "authorityId",
                            "waiting",
                            "estimatedWaitSeconds",
                            "longestWaitSeconds",
                            "appointmentsDue",
                            "openDesks")),
            Map.entry(Problem.class, List.of("type", "title", "status")),
            Map.entry(PointDto.class, List.of("id", "name")),
            Map.entry(AuthorityDto.class, List.of("id", "name")),
            Map.entry(ServiceDto.class, List.of("id", "authorityId", "queueId", "name")),
            Map.entry(LifeEventDto.class, List.of("id", "name")),
            Map.entry(DeskDto.class, List.of("id", "pointId", "name", "queueIds")),
            Map.entry(DirectoryEntryDto.class, List.of("id")),
            Map.entry(ServiceEventTypeDto.class, List.of("id", "name", "nominalMinutes")),
            Map.entry(
                    SnapshotDto.class,
                    List.of(
                            "lastEventId",
                            "point",
                            "queues",
                            "openTickets",
                            "recentCalls",
                            "openHelpRequests",
                            "infoMessages")),
            Map.entry(HelpRequestDto.class, List.of("id", "pointId", "requestedAt")),
            Map.entry(HealthDto.class, List.of("status", "version", "database")),
            Map.entry(LoginResponse.class, List.of("token", "username", "role", "expiresAt")),
            Map.entry(ReferralDto.class, List.of("id", "ticketId", "kind", "createdAt")),
            Map.entry(OfflineBlockDto.class, List.of("kioskId", "day", "ranges")),
            Map.entry(
                    DailyStatsDto.class,
                    List.of(
                            "pointId",
                            "day",
                            "issued",
                            "finished",
                            "noShows",
                            "cancelled",
                            "open",
                            "averageWaitSeconds",
                            "maxWaitSeconds",
                            "averageServiceSeconds",
                            "feedbackCount",
                            "helpRequests",
                            "incidents")),
            Map.entry(BillingReportDto.class, List.of("pointId", "month", "authorities", "totalCents")),
            Map.entry(FeedbackDto.class, List.of("id", "pointId", "answeredAt")),
            Map.entry(FreeTimeDto.class, List.of("pointId", "authorityId", "serviceId", "day", "recordedAt")),
            Map.entry(AuthRoutes.Me.class, List.of("subject", "role")),
            // requests: what must be sent is declared with the rest of their shape in RequestShapes
            Map.entry(IssueTicketRequest.class, List.of()),
            Map.entry(CheckInRequest.class, List.of()),
            Map.entry(LoginRequest.class, List.of()),
            Map.entry(CallRequest.class, List.of()),
            Map.entry(TransferRequest.class, List.of()),
            Map.entry(ReferralRequest.class, List.of()),
            Map.entry(InfoRoutes.InfoMessagesRequest.class, List.of()),
            Map.entry(OfflineBlockRequest.class, List.of()),
            Map.entry(TriageDto.class, List.of()),
            Map.entry(FeedbackRequest.class, List.of()),
            Map.entry(FreeTimeRequest.class, List.of()),
            Map.entry(HelpRequestCreate.class, List.of()),
            // both ways: what the service sets (read-only, see READ_ONLY); RequestShapes adds what must be sent
            Map.entry(ServiceEventDto.class, List.of("id", "recordedAt")),
            Map.entry(AppointmentDto.class, List.of("id")),
            Map.entry(IncidentDto.class, List.of("id")),
            Map.entry(InfoMessageDto.class, List.of()));

    /** Fields the service sets: never sent, always answered. */
    private static final Set<String> READ_ONLY = Set.of(
            "ServiceEventDto.id",
            "ServiceEventDto.recordedAt",
            "AppointmentDto.id",
            "AppointmentDto.pointId",
            "AppointmentDto.status",
            "AppointmentDto.ticketId",
            "IncidentDto.id",
            "IncidentDto.pointId",
            "IncidentDto.resolvedAt");

    private ApiSchemaRules() {}

    static List<String> required(Class<?> record) {
        List<String> r = REQUIRED.get(record);
        if (r != null) {
            return r;
        }
        // records not listed (nested lines of reports): their primitive fields are always there
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getType().isPrimitive())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    /** Adds enums, ranges and read-only marks to one property schema. */
    static void refine(Class<?> record, String field, ObjectNode p) {
        String owner = record.getSimpleName();
        if (READ_ONLY.contains(owner + "." + field)) {
            p.put("readOnly", true);
        }
        switch (field) {
            case "channel" -> enumOf(p, names(Channel.values()));
            case "outcome" -> enumOf(p, names(Outcome.values()));
            case "role" -> enumOf(p, names(Role.values()));
            case "language" -> enumOf(p, LANGUAGES);
            case "languages" -> enumOf(items(p), LANGUAGES);
            case "specialNeeds" -> enumOf(items(p), names(SpecialNeed.values()));
            case "kind" -> {
                if (record == ReferralDto.class || record == ReferralRequest.class) {
                    enumOf(p, names(ReferralKind.values()));
                }
            }
            case "source" -> {
                if (record == FeedbackDto.class || record == FeedbackRequest.class) {
                    enumOf(p, names(FeedbackSource.values()));
                }
            }
            case "status" -> {
                if (record == HealthDto.class) {
                    enumOf(p, List.of("UP", "DOWN"));
                }
            }
            case "supportLevel" -> p.put("minimum", 1).put("maximum", 4);
            case "assessment", "rating" -> p.put("minimum", 1).put("maximum", 5);
            default -> {}
        }
    }

    private static ObjectNode items(ObjectNode p) {
        return p.has("items") ? (ObjectNode) p.get("items") : p;
    }

    private static void enumOf(ObjectNode p, List<String> values) {
        if (!"string".equals(p.path("type").asText())) {
            return;
        }
        ArrayNode e = p.putArray("enum");
        values.forEach(e::add);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
