package fi.luukku.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.admin.AdminService;
import fi.luukku.service.admin.DeviceHealth;
import fi.luukku.service.admin.DevicePairing;
import fi.luukku.service.admin.DeviceTokens;
import fi.luukku.service.admin.FirstAdmin;
import fi.luukku.service.admin.StaffAccounts;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.LoginRateLimiter;
import fi.luukku.service.booking.FreeTimeService;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.DataAccessException;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.InstanceListener;
import fi.luukku.service.db.InstanceMessages;
import fi.luukku.service.demo.DemoSeed;
import fi.luukku.service.event.CredentialWatch;
import fi.luukku.service.event.EventHub;
import fi.luukku.service.event.EventProjection;
import fi.luukku.service.event.EventStore;
import fi.luukku.service.feedback.FeedbackService;
import fi.luukku.service.help.HelpService;
import fi.luukku.service.idempotency.RequestFingerprints;
import fi.luukku.service.live.HealthCheck;
import fi.luukku.service.live.SnapshotService;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.point.InfoService;
import fi.luukku.service.report.BillingService;
import fi.luukku.service.report.MetricsService;
import fi.luukku.service.report.ReportDayJob;
import fi.luukku.service.report.ReportScopes;
import fi.luukku.service.report.ReportService;
import fi.luukku.service.retention.RetentionJob;
import fi.luukku.service.retention.RetentionPolicy;
import fi.luukku.service.ticket.AppointmentService;
import fi.luukku.service.ticket.OfflineBlockService;
import fi.luukku.service.ticket.ReferralService;
import fi.luukku.service.ticket.TicketService;
import fi.luukku.service.tracking.TrackingService;
import fi.luukku.service.web.AdminRoutes;
import fi.luukku.service.web.ApiError;
import fi.luukku.service.web.AppointmentRoutes;
import fi.luukku.service.web.AuthRoutes;
import fi.luukku.service.web.CatalogRoutes;
import fi.luukku.service.web.DeskRoutes;
import fi.luukku.service.web.EventRoutes;
import fi.luukku.service.web.FeedbackRoutes;
import fi.luukku.service.web.FreeTimeRoutes;
import fi.luukku.service.web.HelpRoutes;
import fi.luukku.service.web.Http;
import fi.luukku.service.web.HttpEdge;
import fi.luukku.service.web.InfoRoutes;
import fi.luukku.service.web.KioskRoutes;
import fi.luukku.service.web.PeriodReportRoutes;
import fi.luukku.service.web.ReportRoutes;
import fi.luukku.service.web.RouteGroup;
import fi.luukku.service.web.RouteSpec;
import fi.luukku.service.web.StrictJson;
import fi.luukku.service.web.TicketRoutes;
import fi.luukku.service.web.TrackingPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
    private InstanceListener listener;
    private HttpEdge edge;
    private ScheduledExecutorService maintenance;
    private TicketService tickets;
    private RetentionJob retention;
    private ReportDayJob reportDays;

    public LuukkuServer(ServiceConfig config) {
        this(config, Clock.systemUTC());
    }

    public LuukkuServer(ServiceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public synchronized LuukkuServer start() {
        if (edge != null) {
            throw new IllegalStateException("already started");
        }
        db = new Database(config);
        try {
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
            if (db.isPostgres()) {
                listener = listenToOtherInstances(catalog, auth);
            }
            tickets = new TicketService(db, mutations, catalog, auth, mapper, clock, config);
            AppointmentService appointments = new AppointmentService(db, mutations, catalog, tickets, clock, config);
            OfflineBlockService offline = new OfflineBlockService(mutations, catalog, tickets);
            ReferralService referrals =
                    new ReferralService(mutations, catalog, tickets, clock, config.get("publicUrl"));
            HelpService help = new HelpService(db, mutations, catalog, clock);
            InfoService info = new InfoService(db, mutations);
            FeedbackService feedback = new FeedbackService(db, mutations, catalog, clock);
            ReportService reports = new ReportService(db, catalog, config.zone());
            AdminService admin = new AdminService(db, catalog, mutations, clock);
            DeviceHealth health = new DeviceHealth(db, mutations, clock, config.zone());
            if (config.demo()) {
                DemoSeed demo = new DemoSeed(db, admin);
                demo.seedIfEmpty();
                demo.bookDemoAppointment(clock.instant());
            }
            EventHub streams = hub;
            DeviceTokens devices = new DeviceTokens(db, clock, hash -> {
                auth.forgetDevice(hash); // a revoked or rotated-away token stops working at once
                streams.endStreamsOf(hash);
            });
            Http http = new Http(mapper, auth, config.intValue("http.maxBodyBytes"));
            RequestFingerprints fingerprints = new RequestFingerprints(db, clock);
            Supplier<LocalDate> today = () -> LocalDate.parse(tickets.today());
            // one line per feature: a new feature's routes are added here
            List<RouteGroup> features = List.of(
                    new InfoRoutes(new HealthCheck(db, VERSION), info, tickets, catalog),
                    new AuthRoutes(auth),
                    new CatalogRoutes(catalog),
                    new TicketRoutes(tickets, new SnapshotService(db, catalog, events, tickets, help, info)),
                    new EventRoutes(hub),
                    new KioskRoutes(tickets, appointments, offline),
                    new HelpRoutes(help),
                    new FeedbackRoutes(feedback),
                    new DeskRoutes(tickets, referrals),
                    new AppointmentRoutes(appointments, today),
                    new ReportRoutes(reports, today),
                    new FreeTimeRoutes(new FreeTimeService(db, catalog, clock, config.zone()), today),
                    new PeriodReportRoutes(
                            new ReportScopes(db),
                            new MetricsService(db, catalog, mapper, config.zone(), config.bookingHorizons()),
                            new BillingService(db, catalog, mapper, config.zone())),
                    new TrackingPage(new TrackingService(tickets, catalog), http),
                    new AdminRoutes(
                            http,
                            admin,
                            new StaffAccounts(db, clock),
                            devices,
                            new DevicePairing(db, devices, clock),
                            health));
            edge = new HttpEdge(
                            http,
                            new HttpEdge.Limits(
                                    config.intValue("http.maxBodyBytes"), config.intValue("http.maxThreads")),
                            VERSION)
                    .idempotency(fingerprints)
                    .mapFailure(DataAccessException.class, LuukkuServer::databaseProblem)
                    .allowLargerBodies(AdminRoutes.CONFIG_PATH, AdminRoutes.MAX_CONFIG_BYTES)
                    .start(config.host(), config.port(), features, catalog::hasPoint);
            maintenance = Executors.newSingleThreadScheduledExecutor(rn -> {
                Thread t = new Thread(rn, "luukku-maintenance");
                t.setDaemon(true);
                return t;
            });
            // retention (ADR 0022): never at start-up, each run costs what the new days hold
            RetentionPolicy policy = RetentionPolicy.of(config);
            retention = new RetentionJob(db, policy, clock);
            reportDays = new ReportDayJob(db, mapper, config.zone(), clock);
            long every = policy.interval().toMinutes();
            maintenance.scheduleWithFixedDelay(this::maintain, every, every, TimeUnit.MINUTES);
            maintenance.scheduleWithFixedDelay(health::checkSilence, 30, 30, TimeUnit.SECONDS);
            log.info("Luukku central service listening on port {} ({})", port(), db.kind());
            if (!config.demo() && new FirstAdmin(db).administrators() == 0) {
                log.warn(FirstAdmin.noAdministratorNotice());
            }
            return this;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Other instances on the same PostgreSQL database: their events, catalogue changes and revocations (ADR 0022). */
    private InstanceListener listenToOtherInstances(Catalog catalog, AuthService auth) {
        EventHub h = hub;
        Database d = db;
        InstanceListener l = new InstanceListener(
                d,
                payload -> {
                    var point = InstanceMessages.eventsOf(payload);
                    if (point.isPresent()) {
                        h.signal(point.get());
                    } else if (InstanceMessages.CATALOG.equals(payload)) {
                        catalog.reload(d);
                    } else if (InstanceMessages.CREDENTIALS.equals(payload)) {
                        auth.forgetCachedDevices();
                        h.checkCredentials();
                    }
                },
                () -> {
                    // whatever happened while nobody listened: read it from the tables
                    h.signalAll();
                    catalog.reload(d);
                    auth.forgetCachedDevices();
                    h.checkCredentials();
                });
        h.pollOnlyAsFallbackWhile(l::connected);
        return l.start();
    }

    /** The listener for other instances' notifications (PostgreSQL only; null on H2). */
    public InstanceListener instanceListener() {
        return listener;
    }

    private static ApiError databaseProblem(DataAccessException e) {
        if (e.isUniqueViolation()) {
            return ApiError.conflict("duplicate", "this already exists");
        }
        return new ApiError(
                503,
                "database-unavailable",
                "Service unavailable",
                "the database could not be reached; try again",
                null);
    }

    private void maintain() {
        try {
            reportDays.runOnce(); // before retention clears or removes the raw rows of the days it closes
            retention.runOnce();
        } catch (RuntimeException e) {
            log.warn("maintenance failed; will retry at the next interval", e);
        }
    }

    /** The report summaries job (tests and benchmarks run it directly instead of waiting for its interval). */
    public ReportDayJob reportDays() {
        return reportDays;
    }

    /** The retention job (tests run it directly instead of waiting for its interval). */
    public RetentionJob retention() {
        return retention;
    }

    public int port() {
        return edge.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public List<RouteSpec> routes() {
        return edge.routes();
    }

    /** Method and path of every route Javalin really serves (for the OpenAPI completeness test). */
    public List<String> registeredRoutes() {
        return edge.registeredRoutes();
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
        if (listener != null) {
            listener.close();
            listener = null;
        }
        if (hub != null) {
            hub.close();
            hub = null;
        }
        if (edge != null) {
            edge.close();
            edge = null;
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
