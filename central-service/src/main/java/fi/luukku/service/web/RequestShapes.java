package fi.luukku.service.web;

import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.CallRequest;
import fi.luukku.core.api.CheckInRequest;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.FreeTimeRequest;
import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.OfflineBlockRequest;
import fi.luukku.core.api.ReferralRequest;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.WireNames;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.web.shape.Fields;
import fi.luukku.service.web.shape.Shape;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of every request body the service reads, declared once per type. {@link Http#body} checks a body
 * against its type's shape right after parsing it; {@link OpenApiDocument} writes the same rules into the schema.
 */
final class RequestShapes {
    private static final Shape<ServiceEventDto> SERVICE_EVENT = Shape.of(ServiceEventDto.class)
            .id("typeId", "serviceEvents.typeId", ServiceEventDto::typeId)
            .optionalId("authorityId", ServiceEventDto::authorityId)
            .range("count", ServiceEventDto::count, 0, 100, false); // 0: one

    private static final Shape<InfoMessageDto> INFO_MESSAGE = Shape.of(InfoMessageDto.class)
            .present("text", InfoMessageDto::text)
            .rule(RequestShapes::infoText)
            .optionalId("id", InfoMessageDto::id);

    private static final Map<Class<?>, Shape<?>> SHAPES = Shape.byType(List.of(
            Shape.of(IssueTicketRequest.class)
                    .id("serviceId", IssueTicketRequest::serviceId)
                    .language("language", IssueTicketRequest::language, false)
                    .someOf("specialNeeds", IssueTicketRequest::specialNeeds, SpecialNeed.class)
                    .text("interpreterLanguage", IssueTicketRequest::interpreterLanguage, 32)
                    .idList("plan", IssueTicketRequest::plan, 10)
                    .optionalId("kioskId", IssueTicketRequest::kioskId)
                    .text("offlineNumber", IssueTicketRequest::offlineNumber, 16)
                    .rule(RequestShapes::offlineTicket),
            Shape.of(CheckInRequest.class)
                    .requiredText("bookingCode", CheckInRequest::bookingCode, 32)
                    .language("language", CheckInRequest::language, false),
            Shape.of(OfflineBlockRequest.class)
                    .id("kioskId", OfflineBlockRequest::kioskId)
                    .range("size", OfflineBlockRequest::size, 1, 200, true),
            Shape.of(AppointmentDto.class)
                    .id("authorityId", AppointmentDto::authorityId)
                    .optionalId("queueId", AppointmentDto::queueId)
                    .present("startsAt", AppointmentDto::startsAt)
                    .someOf("specialNeeds", AppointmentDto::specialNeeds, SpecialNeed.class)
                    .text("bookingCode", AppointmentDto::bookingCode, 32)
                    .rule(RequestShapes::bookingCode),
            Shape.of(CallRequest.class).id("deskId", CallRequest::deskId),
            Shape.of(TransferRequest.class)
                    .id("queueId", TransferRequest::queueId)
                    .text("notes", TransferRequest::notes, 2000),
            Shape.of(FinishRequest.class)
                    .oneOf("outcome", FinishRequest::outcome, Outcome.class, false)
                    .range("assessment", FinishRequest::assessment, 1, 5, false)
                    .each("serviceEvents", FinishRequest::serviceEvents, 50, SERVICE_EVENT)
                    .text("notes", FinishRequest::notes, 2000),
            SERVICE_EVENT,
            Shape.of(TriageDto.class)
                    .optionalId("authorityId", TriageDto::authorityId)
                    .text("topic", TriageDto::topic, 200)
                    .optionalId("lifeEventId", TriageDto::lifeEventId)
                    .range("supportLevel", TriageDto::supportLevel, 1, 4, false)
                    .someOf("specialNeeds", TriageDto::specialNeeds, SpecialNeed.class)
                    .oneOf("channel", TriageDto::channel, Channel.class, false)
                    .text("notes", TriageDto::notes, 2000),
            Shape.of(ReferralRequest.class)
                    .oneOf("kind", ReferralRequest::kind, ReferralKind.class, true)
                    .text("instructions", ReferralRequest::instructions, 1000)
                    .language("language", ReferralRequest::language, false)
                    .optionalId("queueId", ReferralRequest::queueId)
                    .optionalId("deskId", ReferralRequest::deskId)
                    .optionalId("authorityId", ReferralRequest::authorityId)
                    .optionalId("providerId", ReferralRequest::providerId)
                    .rule(RequestShapes::referralTarget),
            Shape.of(FeedbackRequest.class)
                    .range("rating", FeedbackRequest::rating, 1, 5, false)
                    .range("perceivedSafety", FeedbackRequest::perceivedSafety, 1, 5, false)
                    .oneOf("outcome", FeedbackRequest::outcome, Outcome.class, false)
                    .text("notAloneReason", FeedbackRequest::notAloneReason, 100)
                    .text("comment", FeedbackRequest::comment, 2000)
                    .language("language", FeedbackRequest::language, true)
                    .text("trackingCode", FeedbackRequest::trackingCode, 32)
                    .oneOf("source", FeedbackRequest::source, FeedbackSource.class, false)
                    .rule(RequestShapes::someAnswer),
            Shape.of(HelpRequestCreate.class)
                    .text("source", HelpRequestCreate::source, 100)
                    .text("location", HelpRequestCreate::location, 200)
                    .language("language", HelpRequestCreate::language, false),
            Shape.of(IncidentDto.class)
                    .requiredText("category", IncidentDto::category, 50)
                    .range("severity", IncidentDto::severity, 1, 5, true)
                    .text("description", IncidentDto::description, 2000)
                    .optionalId("deskId", IncidentDto::deskId),
            Shape.of(HelpRoutes.ResolveRequest.class)
                    .requiredText("resolution", HelpRoutes.ResolveRequest::resolution, 2000),
            Shape.of(InfoRoutes.InfoMessagesRequest.class)
                    .present("messages", InfoRoutes.InfoMessagesRequest::messages)
                    .each("messages", InfoRoutes.InfoMessagesRequest::messages, 20, INFO_MESSAGE),
            INFO_MESSAGE,
            Shape.of(FreeTimeRequest.class), // one optional time; its rules need the day, so FreeTimeService has them
            Shape.of(LoginRequest.class)
                    .requiredText("username", LoginRequest::username, 64)
                    .requiredText("password", LoginRequest::password, 200)
                    .optionalId("deskId", LoginRequest::deskId)));

    private RequestShapes() {}

    /** Checks a parsed body against its type's shape (a type without one, such as a free JSON tree, passes). */
    static <T> T check(T body) {
        @SuppressWarnings("unchecked")
        Shape<T> shape = (Shape<T>) SHAPES.get(body.getClass());
        if (shape != null) {
            shape.check(body);
        }
        return body;
    }

    /** Whether a request type has a declared shape. */
    static boolean declared(Class<?> type) {
        return SHAPES.containsKey(type);
    }

    /** Adds a type's shape (if any) to its object schema in the API document. */
    static void document(Class<?> type, com.fasterxml.jackson.databind.node.ObjectNode schema) {
        Shape<?> shape = SHAPES.get(type);
        if (shape != null) {
            shape.document(schema);
        }
    }

    /** A ticket a kiosk issued offline carries its printed number, when it was issued and by which kiosk. */
    private static void offlineTicket(IssueTicketRequest r) {
        if (r.offlineNumber() == null && r.offlineIssuedAt() == null) {
            return;
        }
        Fields.required("offlineNumber", r.offlineNumber(), 16);
        if (r.offlineIssuedAt() == null) {
            throw new Invalid("offlineIssuedAt", "offlineIssuedAt is required with offlineNumber");
        }
        if (r.kioskId() == null) {
            throw new Invalid("kioskId", "kioskId is required with offlineNumber");
        }
    }

    /** A booking code chosen by the booking system: 4..32 letters, digits or dashes (any case). */
    private static void bookingCode(AppointmentDto r) {
        if (r.bookingCode() == null) {
            return;
        }
        String code = Fields.required("bookingCode", r.bookingCode(), 32).trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{4,32}")) {
            throw new Invalid("bookingCode", "bookingCode must be 4..32 letters, digits or dashes");
        }
    }

    /** Each kind of referral names its target. */
    private static void referralTarget(ReferralRequest r) {
        switch (WireNames.parse(ReferralKind.class, r.kind())) {
            case QUEUE -> Fields.id("queueId", r.queueId());
            case REMOTE_ROOM -> Fields.id("deskId", r.deskId());
            case BOOKING -> Fields.id("authorityId", r.authorityId());
            case EXTERNAL_PROVIDER -> Fields.id("providerId", r.providerId());
        }
    }

    /** An answer says something. */
    private static void someAnswer(FeedbackRequest r) {
        if (r.rating() == null
                && r.perceivedSafety() == null
                && (r.outcome() == null || r.outcome().isBlank())
                && r.couldDoAlone() == null
                && (r.comment() == null || r.comment().isBlank())) {
            throw new Invalid(
                    "rating",
                    "an answer needs at least one of rating, perceivedSafety, outcome, couldDoAlone, comment");
        }
    }

    /** A display line: at least one non-blank text, only in fi, sv and en, each at most 500 characters. */
    private static void infoText(InfoMessageDto m) {
        Map<String, String> v = m.text().values();
        if (v.isEmpty()) {
            throw new Invalid("text", "every message needs a text");
        }
        String fi = Fields.optional("text.fi", v.get("fi"), 500);
        String sv = Fields.optional("text.sv", v.get("sv"), 500);
        String en = Fields.optional("text.en", v.get("en"), 500);
        for (String k : v.keySet()) {
            if (!k.equals("fi") && !k.equals("sv") && !k.equals("en")) {
                throw new Invalid("text", "languages are fi, sv and en");
            }
        }
        String any = fi != null ? fi : sv != null ? sv : en;
        if (any == null || any.isBlank()) {
            throw new Invalid("text", "every message needs a text");
        }
    }
}
