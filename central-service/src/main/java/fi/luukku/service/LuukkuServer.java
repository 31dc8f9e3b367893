package fi.luukku.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.LoginRateLimiter;
import fi.luukku.service.db.DataAccessException;
import fi.luukku.service.db.Database;
import fi.luukku.service.demo.DemoSeed;
import fi.luukku.service.error.ServiceException;
import fi.luukku.service.event.CredentialWatch;
import fi.luukku.service.event.EventHub;
import fi.luukku.service.event.EventProjection;
import fi.luukku.service.event.EventStore;
import fi.luukku.service.feedback.FeedbackService;
import fi.luukku.service.help.HelpService;
import fi.luukku.service.idempotency.RequestFingerprints;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.point.InfoService;
import fi.luukku.service.report.ReportService;
import fi.luukku.service.ticket.AppointmentService;
import fi.luukku.service.ticket.Mutations;
import fi.luukku.service.ticket.OfflineBlockService;
import fi.luukku.service.ticket.ReferralService;
import fi.luukku.service.ticket.TicketService;
import fi.luukku.service.web.ApiError;
import fi.luukku.service.web.ApiRoutes;
import fi.luukku.service.web.EdgeGuard;
import fi.luukku.service.web.Http;
import fi.luukku.service.web.IdempotencyGuard;
import fi.luukku.service.web.OpenApiDocument;
import fi.luukku.service.web.ProblemErrorHandler;
import fi.luukku.service.web.RouteSpec;
import fi.luukku.service.web.Routes;
import fi.luukku.service.web.SecurityHeaders;
import fi.luukku.service.web.StrictJson;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central service as an object: builds its graph from a configuration (the composition root), starts Jetty
 * on the configured port (0 = any free port) and stops cleanly. Several can run in one JVM, e.g. in tests.
 */
public final class LuukkuServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LuukkuServer.class);
    public static final String VERSION = "0.1.0";

    private final ServiceConfig config;
    private final Clock clock;
    /** Shared configuration, but a request may omit a primitive field (toFront, count…): it then means 0/false. */
    private final ObjectMapper mapper = StrictJson.configure(JsonMapper.create()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS));

    private Database db;
    private EventHub hub;
    private Javalin app;
    private ScheduledExecutorService maintenance;
    private List<RouteSpec> routes = List.of();
    private TicketService tickets;
    private RequestFingerprints fingerprints;

    public LuukkuServer(ServiceConfig config) {
        this(config, Clock.systemUTC());
    }

    public LuukkuServer(ServiceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public synchronized LuukkuServer start() {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        db = new Database(config);
        try {
            if (config.demo()) {
                new DemoSeed(db).seedIfEmpty();
            }
            Catalog catalog = Catalog.load(db);
            EventStore events = new EventStore(mapper, clock);
            AuthService auth = new AuthService(
                    db,
                    clock,
                    config.sessionLength(),
                    new LoginRateLimiter(clock, config.intValue("login.maxFailuresPerMinute")));
            hub = new EventHub(
                    db,
                    events,
                    new EventProjection(mapper),
                    new CredentialWatch(auth::liveCredentials),
                    clock,
                    config.zone(),
                    config.heartbeat());
            Mutations mutations = new Mutations(db, events, hub, mapper, clock);
            tickets = new TicketService(db, mutations, catalog, auth, mapper, clock, config);
            AppointmentService appointments = new AppointmentService(db, mutations, catalog, tickets, clock, config);
            OfflineBlockService offline = new OfflineBlockService(mutations, catalog, tickets);
            ReferralService referrals =
                    new ReferralService(mutations, catalog, tickets, clock, config.get("publicUrl"));
            HelpService help = new HelpService(db, mutations, catalog, clock);
            InfoService info = new InfoService(db, mutations);
            FeedbackService feedback = new FeedbackService(db, mutations, catalog, clock);
            ReportService reports = new ReportService(db, catalog, config.zone());
            Http http = new Http(mapper, auth, config.intValue("http.maxBodyBytes"));
            RequestFingerprints fingerprints = new RequestFingerprints(db, clock);
            this.fingerprints = fingerprints;
            ApiRoutes api = new ApiRoutes(
                    http,
                    db,
                    catalog,
                    auth,
                    tickets,
                    appointments,
                    offline,
                    referrals,
                    help,
                    info,
                    feedback,
                    reports,
                    events,
                    hub,
                    clock,
                    VERSION);
            int maxThreads = config.intValue("http.maxThreads");
            app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.http.compressionStrategy = CompressionStrategy.NONE;
                cfg.http.maxRequestSize = config.intValue("http.maxBodyBytes");
                cfg.http.asyncTimeout = 0L;
                QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads), 60_000);
                pool.setName("luukku-http");
                cfg.jetty.threadPool = pool;
                long maxBody = config.intValue("http.maxBodyBytes");
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
                cfg.routes.before(SecurityHeaders::before);
                cfg.routes.before(EdgeGuard::before);
                cfg.routes.before(ctx -> {
                    String cl = ctx.header("Content-Length");
                    if (cl != null && cl.trim().matches("\\d{1,18}") && Long.parseLong(cl.trim()) > maxBody) {
                        throw new ApiError(
                                400,
                                "body-too-large",
                                "Request body too large",
                                "the body exceeds the size limit",
                                null);
                    }
                });
                IdempotencyGuard idempotency =
                        new IdempotencyGuard(http, fingerprints, config.intValue("http.maxBodyBytes"));
                cfg.routes.before(idempotency::before);
                Routes r = new Routes(cfg);
                api.register(r);
                ObjectNode[] doc = new ObjectNode[1];
                r.get("/openapi.json").summary("This document").handle(ctx -> {
                    if (doc[0] == null) {
                        doc[0] = OpenApiDocument.build(mapper, r.specs(), VERSION);
                    }
                    http.json(ctx, 200, doc[0]);
                });
                routes = r.specs();
                cfg.routes.exception(ApiError.class, (e, ctx) -> http.problem(ctx, e));
                cfg.routes.exception(ServiceException.class, (e, ctx) -> http.problem(ctx, ApiError.from(e)));
                cfg.routes.exception(HttpResponseException.class, (e, ctx) -> http.problem(ctx, fromJavalin(e)));
                cfg.routes.exception(DataAccessException.class, (e, ctx) -> {
                    if (e.isUniqueViolation()) {
                        http.problem(ctx, ApiError.conflict("duplicate", "this already exists"));
                    } else {
                        log.error("database failure on {} {}", ctx.method(), ctx.path(), e);
                        http.problem(
                                ctx,
                                new ApiError(
                                        503,
                                        "database-unavailable",
                                        "Service unavailable",
                                        "the database could not be reached; try again",
                                        null));
                    }
                });
                cfg.routes.exception(Exception.class, (e, ctx) -> {
                    log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                    http.problem(
                            ctx,
                            new ApiError(500, "internal", "Internal error", "something went wrong on our side", null));
                });
                cfg.routes.error(404, ctx -> notProblemYet(ctx, http, ApiError.notFound("route", ctx.path())));
                cfg.routes.error(
                        405,
                        ctx -> notProblemYet(
                                ctx, http, new ApiError(405, "method-not-allowed", "Method not allowed", null, null)));
            });
            app.start(config.host(), config.port());
            maintenance = Executors.newSingleThreadScheduledExecutor(rn -> {
                Thread t = new Thread(rn, "luukku-maintenance");
                t.setDaemon(true);
                return t;
            });
            EventStore ev = events;
            maintenance.scheduleWithFixedDelay(() -> maintain(ev), 0, 1, TimeUnit.HOURS);
            log.info("Luukku central service listening on port {} ({})", port(), db.kind());
            return this;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private static void notProblemYet(Context ctx, Http http, ApiError e) {
        String ct = ctx.res().getContentType();
        if (ct == null || !ct.startsWith(Http.PROBLEM_JSON)) {
            http.problem(ctx, e);
        }
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        int s = e.getStatus();
        if (s == 413) {
            return new ApiError(
                    400, "body-too-large", "Request body too large", "the body exceeds the size limit", null);
        }
        if (s >= 500) {
            return new ApiError(s, "internal", "Internal error", null, null);
        }
        if (s == 404) {
            return new ApiError(404, "not-found", "Not found", e.getMessage(), null);
        }
        return new ApiError(s, "http-" + s, e.getMessage() == null ? "Error" : e.getMessage(), null, null);
    }

    private void maintain(EventStore events) {
        try {
            int purged = tickets.purgeNotes();
            long keepFrom = clock.millis()
                    - Duration.ofDays(config.intValue("events.retentionDays")).toMillis();
            int ev = db.tx(sql -> events.purgeOlderThan(sql, keepFrom));
            fingerprints.purgeOlderThan(clock.millis() - 2L * 86_400_000);
            db.tx(sql -> sql.update("DELETE FROM idempotency WHERE created_at < ?", clock.millis() - 2L * 86_400_000)
                    + sql.update("DELETE FROM sessions WHERE expires_at < ?", clock.millis()));
            if (purged + ev > 0) {
                log.info("maintenance: {} notes purged, {} old events removed", purged, ev);
            }
        } catch (RuntimeException e) {
            log.warn("maintenance failed; will retry in an hour", e);
        }
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public List<RouteSpec> routes() {
        return routes;
    }

    /** Method and path of every route Javalin really serves (for the OpenAPI completeness test). */
    public List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(h -> h.endpoint.method.isHttpMethod())
                .map(h -> h.endpoint.method.name() + " " + h.endpoint.path)
                .toList();
    }

    public Database database() {
        return db;
    }

    public EventHub hub() {
        return hub;
    }

    public synchronized void stop() {
        if (maintenance != null) {
            maintenance.shutdown(); // never interrupt a thread that may be inside H2
            try {
                maintenance.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            maintenance = null;
        }
        if (hub != null) {
            hub.close();
            hub = null;
        }
        if (app != null) {
            try {
                app.stop();
            } catch (RuntimeException e) {
                log.warn("stopping Jetty failed", e);
            }
            app = null;
        }
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
