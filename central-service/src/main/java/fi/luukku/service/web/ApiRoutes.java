package fi.luukku.service.web;

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
import fi.luukku.core.api.FinishRequest;
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
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.event.EventHub;
import fi.luukku.service.event.EventStore;
import fi.luukku.service.event.SseConnection;
import fi.luukku.service.feedback.FeedbackService;
import fi.luukku.service.help.HelpService;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.point.InfoService;
import fi.luukku.service.report.ReportService;
import fi.luukku.service.ticket.AppointmentService;
import fi.luukku.service.ticket.OfflineBlockService;
import fi.luukku.service.ticket.ReferralService;
import fi.luukku.service.ticket.TicketService;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every HTTP route of the service, with who may call it. */
public final class ApiRoutes {
    static final Set<Role> ALL = Set.of(Role.values());
    static final Set<Role> LIVE =
            Http.roles(Role.KIOSK, Role.DISPLAY, Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> STAFF = Http.roles(Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> ISSUERS = Http.roles(Role.KIOSK, Role.ADVISOR, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> FEEDBACK = Http.roles(Role.KIOSK, Role.FEEDBACK_TERMINAL);
    static final Set<Role> HELPERS =
            Http.roles(Role.KIOSK, Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> INFO_WRITERS = Http.roles(Role.ADVISOR, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> SUPERVISORS = Http.roles(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> BOOKERS = Http.roles(Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);

    private final Http http;
    private final Database db;
    private final Catalog catalog;
    private final AuthService auth;
    private final TicketService tickets;
    private final AppointmentService appointments;
    private final OfflineBlockService offline;
    private final ReferralService referrals;
    private final HelpService help;
    private final InfoService info;
    private final FeedbackService feedback;
    private final ReportService reports;
    private final EventStore events;
    private final EventHub hub;
    private final Clock clock;
    private final String version;
    private final TrackingPage tracking;

    public ApiRoutes(
            Http http,
            Database db,
            Catalog catalog,
            AuthService auth,
            TicketService tickets,
            AppointmentService appointments,
            OfflineBlockService offline,
            ReferralService referrals,
            HelpService help,
            InfoService info,
            FeedbackService feedback,
            ReportService reports,
            EventStore events,
            EventHub hub,
            Clock clock,
            String version) {
        this.http = http;
        this.db = db;
        this.catalog = catalog;
        this.auth = auth;
        this.tickets = tickets;
        this.appointments = appointments;
        this.offline = offline;
        this.referrals = referrals;
        this.help = help;
        this.info = info;
        this.feedback = feedback;
        this.reports = reports;
        this.events = events;
        this.hub = hub;
        this.clock = clock;
        this.version = version;
        this.tracking = new TrackingPage(catalog);
    }

    private static Type listType(Class<?> c) {
        return new java.lang.reflect.ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {c};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }

    private String point(Context ctx) {
        String p = Check.pathId("point", ctx.pathParam("point"));
        return p;
    }

    /** A point path parameter, after the caller was checked against it (so a stranger learns nothing). */
    private String knownPoint(Context ctx, String p) {
        if (!catalog.hasPoint(p)) {
            throw ApiError.notFound("point", p);
        }
        return p;
    }

    private Principal at(Context ctx, Set<Role> roles) {
        String p = point(ctx);
        Principal who = http.require(ctx, p, roles);
        knownPoint(ctx, p);
        return who;
    }

    private static String key(Context ctx) {
        return Check.idempotencyKey(ctx.header("Idempotency-Key"), false);
    }

    private static LocalDate dayParam(Context ctx, LocalDate fallback) {
        String d = ctx.queryParam("day");
        if (d == null || d.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("day", "day must be YYYY-MM-DD");
        }
    }

    public void register(Routes r) {
        r.get("/health")
                .summary("Liveness and database state")
                .response(HealthDto.class)
                .handle(ctx -> {
                    String status = "UP";
                    try {
                        db.read(sql -> sql.longValue("SELECT 1"));
                    } catch (RuntimeException e) {
                        status = "DOWN";
                    }
                    http.json(ctx, status.equals("UP") ? 200 : 503, new HealthDto(status, version, db.kind()));
                });

        // ---- auth
        r.post("/api/v1/auth/login")
                .summary("Staff login; returns a session token that expires")
                .request(LoginRequest.class)
                .response(LoginResponse.class)
                .handle(ctx -> {
                    LoginRequest req = http.body(ctx, LoginRequest.class);
                    http.json(ctx, 200, auth.login(req, ctx.ip()));
                });
        r.post("/api/v1/auth/logout")
                .summary("Ends the staff session")
                .roles(ALL)
                .handle(ctx -> {
                    auth.logout(http.principal(ctx));
                    ctx.status(204);
                });
        r.get("/api/v1/auth/me")
                .summary("The caller")
                .roles(ALL)
                .response(Map.class)
                .handle(ctx -> {
                    Principal p = http.principal(ctx);
                    var m = new java.util.LinkedHashMap<String, Object>();
                    m.put("subject", p.subject());
                    m.put("role", p.role().name());
                    m.put("pointId", p.pointId());
                    m.put("authorityId", p.authorityId());
                    m.put("deskId", p.deskId());
                    http.json(ctx, 200, m);
                });

        // ---- catalog
        r.get("/api/v1/points")
                .summary("All service points")
                .roles(ALL)
                .response(listType(PointDto.class))
                .handle(ctx -> {
                    Principal p = http.principal(ctx);
                    http.json(
                            ctx,
                            200,
                            catalog.points().stream()
                                    .filter(x -> p.role() == Role.ADMIN || p.mayActAt(x.id()) || true)
                                    .toList());
                });
        r.get("/api/v1/points/{point}")
                .summary("One service point")
                .roles(ALL)
                .response(PointDto.class)
                .handle(ctx -> {
                    at(ctx, ALL);
                    http.json(ctx, 200, catalog.point(point(ctx)));
                });
        r.get("/api/v1/points/{point}/authorities")
                .summary("Authorities present at the point")
                .roles(ALL)
                .response(listType(AuthorityDto.class))
                .handle(ctx -> {
                    at(ctx, ALL);
                    http.json(ctx, 200, catalog.authorities(point(ctx)));
                });
        r.get("/api/v1/points/{point}/services")
                .summary("Services customers can queue for")
                .roles(ALL)
                .response(listType(ServiceDto.class))
                .handle(ctx -> {
                    at(ctx, ALL);
                    http.json(ctx, 200, catalog.services(point(ctx)));
                });
        r.get("/api/v1/points/{point}/life-events")
                .summary("Life events leading to services")
                .roles(ALL)
                .response(listType(LifeEventDto.class))
                .handle(ctx -> {
                    at(ctx, ALL);
                    http.json(ctx, 200, catalog.lifeEvents(point(ctx)));
                });
        r.get("/api/v1/points/{point}/desks")
                .summary("Desks and the queues they serve")
                .roles(ALL)
                .response(listType(DeskDto.class))
                .handle(ctx -> {
                    at(ctx, ALL);
                    http.json(
                            ctx,
                            200,
                            catalog.desks(point(ctx)).stream()
                                    .map(catalog::deskDto)
                                    .toList());
                });
        r.get("/api/v1/points/{point}/service-event-types")
                .summary("Configured service-event types")
                .roles(STAFF)
                .response(listType(ServiceEventTypeDto.class))
                .handle(ctx -> {
                    at(ctx, STAFF);
                    http.json(ctx, 200, catalog.eventTypes());
                });
        r.get("/api/v1/points/{point}/directory")
                .summary("Expert contacts and digital-support providers of the region")
                .roles(STAFF)
                .response(listType(DirectoryEntryDto.class))
                .handle(ctx -> {
                    at(ctx, STAFF);
                    http.json(ctx, 200, catalog.directory(point(ctx)));
                });

        // ---- live state
        r.get("/api/v1/points/{point}/queues")
                .summary("Queues with waiting counts and estimates")
                .roles(LIVE)
                .response(listType(QueueDto.class))
                .handle(ctx -> {
                    at(ctx, LIVE);
                    http.json(ctx, 200, tickets.queues(point(ctx)));
                });
        r.get("/api/v1/points/{point}/tickets")
                .summary("Open tickets (waiting, called, serving, parked)")
                .roles(LIVE)
                .response(listType(TicketDto.class))
                .handle(ctx -> {
                    Principal viewer = at(ctx, LIVE);
                    http.json(ctx, 200, TicketService.forViewer(viewer, tickets.openTickets(point(ctx))));
                });
        r.get("/api/v1/points/{point}/snapshot")
                .summary("Starting state of a client and the event id to resume from")
                .roles(LIVE)
                .response(SnapshotDto.class)
                .handle(ctx -> {
                    Principal viewer = at(ctx, LIVE);
                    String p = point(ctx);
                    SnapshotDto s = db.read(sql -> {
                        long last = events.lastId(sql, p); // read first: later events may repeat, none are missed
                        return new SnapshotDto(
                                last,
                                catalog.point(p),
                                tickets.queues(sql, p),
                                TicketService.forViewer(viewer, tickets.openTickets(p)),
                                TicketService.forViewer(viewer, tickets.recentCalls(sql, p, 10)),
                                help.open(sql, p),
                                info.list(sql, p));
                    });
                    http.json(ctx, 200, s);
                });
        r.get("/api/v1/points/{point}/events")
                .summary("Server-sent events; Last-Event-ID resumes without loss; heartbeat comment every 15 s")
                .roles(LIVE)
                .produces("text/event-stream")
                .handle(this::eventStream);
        r.get("/api/v1/tickets/{id}")
                .summary("One ticket")
                .roles(LIVE)
                .response(TicketDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, LIVE);
                    http.json(ctx, 200, tickets.ticket(p, Check.pathId("ticket", ctx.pathParam("id"))));
                });

        // ---- kiosk
        r.post("/api/v1/points/{point}/tickets")
                .summary("Issue a ticket (also syncs tickets a kiosk issued offline)")
                .roles(ISSUERS)
                .request(IssueTicketRequest.class)
                .response(TicketDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = at(ctx, ISSUERS);
                    String k = key(ctx);
                    IssueTicketRequest req = http.body(ctx, IssueTicketRequest.class);
                    http.json(ctx, 201, TicketService.withoutNotes(tickets.issue(p, point(ctx), req, k)));
                });
        r.post("/api/v1/points/{point}/check-in")
                .summary("Check in an appointment by booking code; answers the ticket")
                .roles(ISSUERS)
                .request(CheckInRequest.class)
                .response(TicketDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = at(ctx, ISSUERS);
                    String k = key(ctx);
                    CheckInRequest req = http.body(ctx, CheckInRequest.class);
                    http.json(ctx, 201, TicketService.withoutNotes(appointments.checkIn(p, point(ctx), req, k)));
                });
        r.post("/api/v1/points/{point}/offline-blocks")
                .summary("Reserve per-queue number ranges for a kiosk for today (same kiosk, same block)")
                .roles(Http.roles(Role.KIOSK))
                .request(OfflineBlockRequest.class)
                .response(OfflineBlockDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    at(ctx, Http.roles(Role.KIOSK));
                    key(ctx);
                    OfflineBlockRequest req = http.body(ctx, OfflineBlockRequest.class);
                    http.json(ctx, 201, offline.reserve(point(ctx), req));
                });
        r.post("/api/v1/points/{point}/help")
                .summary("\"I need help\" from a kiosk")
                .roles(HELPERS)
                .request(HelpRequestCreate.class)
                .response(HelpRequestDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = at(ctx, HELPERS);
                    String k = key(ctx);
                    HelpRequestCreate req = http.body(ctx, HelpRequestCreate.class);
                    http.json(ctx, 201, help.request(p, point(ctx), req, k));
                });
        r.get("/api/v1/points/{point}/help")
                .summary("Open help requests")
                .roles(STAFF)
                .response(listType(HelpRequestDto.class))
                .handle(ctx -> {
                    at(ctx, STAFF);
                    http.json(ctx, 200, help.open(point(ctx)));
                });
        r.post("/api/v1/help/{id}/acknowledge")
                .summary("\"I'm on my way\": only the first one counts")
                .roles(STAFF)
                .response(HelpRequestDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, STAFF);
                    http.json(ctx, 200, help.acknowledge(p, Check.pathId("help request", ctx.pathParam("id"))));
                });
        r.post("/api/v1/points/{point}/feedback")
                .summary("Anonymous feedback, optionally linked to a visit by tracking code")
                .roles(FEEDBACK)
                .request(FeedbackRequest.class)
                .response(FeedbackDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = at(ctx, FEEDBACK);
                    String k = key(ctx);
                    FeedbackRequest req = http.body(ctx, FeedbackRequest.class);
                    http.json(ctx, 201, feedback.submit(p, point(ctx), req, k));
                });
        r.get("/api/v1/points/{point}/feedback")
                .summary("Feedback of a day (supervisor)")
                .roles(SUPERVISORS)
                .response(listType(FeedbackDto.class))
                .handle(ctx -> {
                    at(ctx, SUPERVISORS);
                    LocalDate day =
                            dayParam(ctx, LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Helsinki"))));
                    var zone = java.time.ZoneId.of("Europe/Helsinki");
                    http.json(
                            ctx,
                            200,
                            feedback.list(
                                    point(ctx),
                                    day.atStartOfDay(zone).toInstant().toEpochMilli(),
                                    day.plusDays(1)
                                            .atStartOfDay(zone)
                                            .toInstant()
                                            .toEpochMilli()));
                });

        // ---- desk work
        r.post("/api/v1/points/{point}/desks/{desk}/call-next")
                .summary("Call the next customer by the rule; 204 when nobody waits")
                .roles(STAFF)
                .response(TicketDto.class)
                .handle(ctx -> {
                    Principal p = at(ctx, STAFF);
                    String desk = Check.pathId("desk", ctx.pathParam("desk"));
                    var t = tickets.callNext(p, point(ctx), desk);
                    if (t.isPresent()) {
                        http.json(ctx, 200, t.get());
                    } else {
                        ctx.status(204);
                    }
                });
        ticketAction(
                r,
                "call",
                "Call this ticket to a desk",
                CallRequest.class,
                (p, id, ctx) -> tickets.call(p, id, http.body(ctx, CallRequest.class)));
        ticketAction(
                r,
                "recall",
                "Call again (no-show after the configured number of recalls)",
                null,
                (p, id, ctx) -> tickets.recall(p, id));
        ticketAction(r, "start", "Start serving", null, (p, id, ctx) -> tickets.start(p, id));
        ticketAction(r, "no-show", "The customer did not come", null, (p, id, ctx) -> tickets.noShow(p, id));
        ticketAction(r, "park", "Park (customer fetching a document)", null, (p, id, ctx) -> tickets.park(p, id));
        ticketAction(r, "unpark", "Back to its place in the queue", null, (p, id, ctx) -> tickets.unpark(p, id));
        ticketAction(r, "cancel", "The customer left", null, (p, id, ctx) -> tickets.cancel(p, id));
        ticketAction(
                r,
                "transfer",
                "Into another queue, same number (optionally to the front)",
                TransferRequest.class,
                (p, id, ctx) -> tickets.transfer(p, id, http.body(ctx, TransferRequest.class)));
        ticketAction(
                r,
                "finish",
                "Finish with outcome, assessment and service events; a chain moves on",
                FinishRequest.class,
                (p, id, ctx) -> tickets.finish(p, id, http.body(ctx, FinishRequest.class)));
        r.put("/api/v1/tickets/{id}/triage")
                .summary("Record the service need, support level, special needs, channel and notes")
                .roles(STAFF)
                .request(TriageDto.class)
                .response(TicketDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, STAFF);
                    String id = Check.pathId("ticket", ctx.pathParam("id"));
                    tickets.requireAccess(p, id);
                    TriageDto t = http.body(ctx, TriageDto.class);
                    http.json(ctx, 200, tickets.triage(p, id, t));
                });
        r.post("/api/v1/tickets/{id}/service-events")
                .summary("Record one service event (billing)")
                .roles(STAFF)
                .request(ServiceEventDto.class)
                .response(ServiceEventDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, STAFF);
                    String id = Check.pathId("ticket", ctx.pathParam("id"));
                    tickets.requireAccess(p, id);
                    String k = key(ctx);
                    ServiceEventDto e = http.body(ctx, ServiceEventDto.class);
                    http.json(ctx, 201, tickets.recordServiceEvent(p, id, e, k));
                });
        r.post("/api/v1/tickets/{id}/referrals")
                .summary("Refer onward; answers the slip text in the customer's language")
                .roles(STAFF)
                .request(ReferralRequest.class)
                .response(ReferralDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, STAFF);
                    String id = Check.pathId("ticket", ctx.pathParam("id"));
                    tickets.requireAccess(p, id);
                    String k = key(ctx);
                    ReferralRequest req = http.body(ctx, ReferralRequest.class);
                    http.json(ctx, 201, referrals.refer(p, id, req, k));
                });

        // ---- incidents
        r.post("/api/v1/points/{point}/incidents")
                .summary("Record a disruptive situation")
                .roles(STAFF)
                .request(IncidentDto.class)
                .response(IncidentDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = at(ctx, STAFF);
                    String k = key(ctx);
                    IncidentDto req = http.body(ctx, IncidentDto.class);
                    http.json(ctx, 201, help.record(p, point(ctx), req, k));
                });
        r.get("/api/v1/points/{point}/incidents")
                .summary("Incidents of the point")
                .roles(STAFF)
                .response(listType(IncidentDto.class))
                .handle(ctx -> {
                    at(ctx, STAFF);
                    http.json(ctx, 200, help.incidents(point(ctx)));
                });
        r.post("/api/v1/incidents/{id}/resolve")
                .summary("Resolve an incident (once)")
                .roles(STAFF)
                .request(ResolveRequest.class)
                .response(IncidentDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, STAFF);
                    String id = Check.pathId("incident", ctx.pathParam("id"));
                    help.requireIncidentAccess(p, id);
                    ResolveRequest req = http.body(ctx, ResolveRequest.class);
                    http.json(ctx, 200, help.resolve(p, id, req.resolution()));
                });

        // ---- info messages
        r.get("/api/v1/points/{point}/info-messages")
                .summary("Info lines for the displays")
                .roles(LIVE)
                .response(listType(InfoMessageDto.class))
                .handle(ctx -> {
                    at(ctx, LIVE);
                    http.json(ctx, 200, info.list(point(ctx)));
                });
        r.put("/api/v1/points/{point}/info-messages")
                .summary("Replace the info lines; sends info.updated")
                .roles(INFO_WRITERS)
                .request(InfoMessagesRequest.class)
                .response(listType(InfoMessageDto.class))
                .handle(ctx -> {
                    at(ctx, INFO_WRITERS);
                    List<InfoMessageDto> list = infoBody(ctx);
                    http.json(ctx, 200, info.replace(point(ctx), list));
                });

        // ---- appointments
        r.post("/api/v1/points/{point}/appointments")
                .summary("Create an appointment (booking systems)")
                .roles(BOOKERS)
                .request(AppointmentDto.class)
                .response(AppointmentDto.class)
                .status(201)
                .idempotent()
                .handle(ctx -> {
                    Principal p = at(ctx, BOOKERS);
                    String k = key(ctx);
                    AppointmentDto req = http.body(ctx, AppointmentDto.class);
                    http.json(ctx, 201, appointments.create(p, point(ctx), req, k));
                });
        r.get("/api/v1/points/{point}/appointments")
                .summary("Appointments of a day (?day=YYYY-MM-DD)")
                .roles(STAFF)
                .response(listType(AppointmentDto.class))
                .handle(ctx -> {
                    at(ctx, STAFF);
                    http.json(ctx, 200, appointments.list(point(ctx), dayParam(ctx, LocalDate.parse(tickets.today()))));
                });
        r.put("/api/v1/appointments/{id}")
                .summary("Change an appointment")
                .roles(BOOKERS)
                .request(AppointmentDto.class)
                .response(AppointmentDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, BOOKERS);
                    String id = Check.pathId("appointment", ctx.pathParam("id"));
                    appointments.requireAccess(p, id);
                    AppointmentDto req = http.body(ctx, AppointmentDto.class);
                    http.json(ctx, 200, appointments.change(p, id, req));
                });
        r.post("/api/v1/appointments/{id}/cancel")
                .summary("Cancel an appointment")
                .roles(BOOKERS)
                .response(AppointmentDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, BOOKERS);
                    http.json(ctx, 200, appointments.cancel(p, Check.pathId("appointment", ctx.pathParam("id"))));
                });
        r.delete("/api/v1/appointments/{id}")
                .summary("Cancel an appointment")
                .roles(BOOKERS)
                .response(AppointmentDto.class)
                .handle(ctx -> {
                    Principal p = http.require(ctx, null, BOOKERS);
                    http.json(ctx, 200, appointments.cancel(p, Check.pathId("appointment", ctx.pathParam("id"))));
                });

        // ---- reports
        r.get("/api/v1/points/{point}/stats/daily")
                .summary("Daily statistics (?day=YYYY-MM-DD, default today)")
                .roles(STAFF)
                .response(DailyStatsDto.class)
                .handle(ctx -> {
                    at(ctx, STAFF);
                    http.json(ctx, 200, reports.daily(point(ctx), dayParam(ctx, LocalDate.parse(tickets.today()))));
                });
        r.get("/api/v1/points/{point}/reports/billing")
                .summary("Monthly billing per authority (?month=YYYY-MM, default this month)")
                .roles(SUPERVISORS)
                .response(BillingReportDto.class)
                .handle(ctx -> {
                    at(ctx, SUPERVISORS);
                    String m = ctx.queryParam("month");
                    YearMonth month;
                    try {
                        month = m == null || m.isBlank()
                                ? YearMonth.from(LocalDate.parse(tickets.today()))
                                : YearMonth.parse(m);
                    } catch (DateTimeParseException e) {
                        throw ApiError.badRequest("month", "month must be YYYY-MM");
                    }
                    http.json(ctx, 200, reports.billing(point(ctx), month));
                });

        // ---- the citizen's phone
        r.get("/t/{code}")
                .summary("Tracking page for the citizen's phone (HTML, refreshes itself)")
                .produces("text/html")
                .handle(ctx -> {
                    String code = ctx.pathParam("code");
                    var t = code.matches("[A-Za-z0-9]{4,32}")
                            ? tickets.byTrackingCode(code.toUpperCase(java.util.Locale.ROOT))
                            : java.util.Optional.<TicketDto>empty();
                    String accept = ctx.header("Accept");
                    if (t.isEmpty() && accept != null && !accept.contains("text/html")) {
                        throw ApiError.notFound("ticket", "for this tracking code");
                    }
                    ctx.status(t.isPresent() ? 200 : 404);
                    ctx.contentType("text/html; charset=utf-8");
                    ctx.header("Cache-Control", "no-store");
                    ctx.result(tracking.render(t.orElse(null), ctx.queryParam("lang"))
                            .getBytes(StandardCharsets.UTF_8));
                });
    }

    /** Body of PUT info-messages: either a JSON array or {"messages":[…]}. */
    public record InfoMessagesRequest(List<InfoMessageDto> messages) {}

    /** Body of incident resolve. */
    public record ResolveRequest(String resolution) {}

    private List<InfoMessageDto> infoBody(Context ctx) {
        InfoMessagesRequest req = http.body(ctx, InfoMessagesRequest.class);
        if (req.messages() == null) {
            throw ApiError.badRequest("messages", "messages is required");
        }
        return req.messages();
    }

    @FunctionalInterface
    interface TicketOp {
        TicketDto run(Principal p, String id, Context ctx) throws Exception;
    }

    private void ticketAction(Routes r, String action, String summary, Class<?> body, TicketOp op) {
        Routes.R route = r.post("/api/v1/tickets/{id}/" + action)
                .summary(summary)
                .roles(STAFF)
                .response(TicketDto.class);
        if (body != null) {
            route = route.request(body);
        }
        route.handle(ctx -> {
            Principal p = http.require(ctx, null, STAFF);
            String id = Check.pathId("ticket", ctx.pathParam("id"));
            tickets.requireAccess(p, id);
            http.json(ctx, 200, op.run(p, id, ctx));
        });
    }

    private void eventStream(Context ctx) throws Exception {
        Principal reader = at(ctx, LIVE);
        String p = point(ctx);
        String header = ctx.header("Last-Event-ID");
        if (header == null) {
            header = ctx.queryParam("lastEventId");
        }
        long last = 0;
        if (header != null && !header.isBlank()) {
            try {
                last = Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Last-Event-ID", "Last-Event-ID must be a number");
            }
            if (last < 0) {
                throw ApiError.badRequest("Last-Event-ID", "Last-Event-ID must not be negative");
            }
        }
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache, no-store");
        res.setHeader("X-Accel-Buffering", "no");
        ServletOutputStream out = res.getOutputStream();
        out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        SseConnection[] holder = new SseConnection[1];
        SseConnection conn = new SseConnection(out, hub.writers(), () -> hub.unsubscribe(p, holder[0]));
        holder[0] = conn;
        hub.subscribe(p, conn, last, reader);
        ctx.future(conn::closedFuture);
    }
}
