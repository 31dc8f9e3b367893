package fi.luukku.service.testing;

import static org.awaitility.Awaitility.await;

import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Starts the central service in-process for tests: a random port, demo data, a fresh temporary H2 database, or a
 * fresh schema on PostgreSQL when the system property {@code luukku.test.pg.url} is set. {@link #restart()} brings
 * it back on the same port and the same data.
 *
 * <pre>
 * TestServer server = TestServer.start();
 * String base = server.baseUrl();   // http://127.0.0.1:PORT
 * ...
 * server.stop();
 * </pre>
 */
public final class TestServer implements AutoCloseable {
    public static final String PG_PROPERTY = "luukku.test.pg.url";

    private final Map<String, String> settings;
    private final Clock clock;
    private final Path dataDir;
    private final String schema;
    private LuukkuServer server;
    private int port;

    private TestServer(Map<String, String> overrides, Clock clock) {
        this.clock = clock;
        try {
            this.dataDir = Files.createTempDirectory("luukku-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> s = new LinkedHashMap<>();
        s.put("demo", "true");
        s.put("port", "0");
        s.put("host", "127.0.0.1");
        s.put("data", dataDir.toString());
        String pg = pgUrl();
        if (pg != null) {
            schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            createSchema(pg, schema);
            s.put("db.url", pg);
            s.put("db.schema", schema);
        } else {
            schema = null;
        }
        s.putAll(overrides);
        this.settings = s;
    }

    /** Set to {@code h2} (the default surefire execution does) to test on H2 whatever the URL says. */
    public static final String DB_PROPERTY = "luukku.test.db";

    /** The PostgreSQL URL to test against, or null for H2. */
    public static String pgUrl() {
        if ("h2".equalsIgnoreCase(System.getProperty(DB_PROPERTY, "").trim())) {
            return null;
        }
        String pg = System.getProperty(PG_PROPERTY, "");
        return pg.isBlank() ? null : pg.trim();
    }

    public static TestServer start() {
        return start(Map.of());
    }

    /** Starts with configuration keys overridden (see ServiceConfig), e.g. {@code queue.priorityCap}. */
    public static TestServer start(Map<String, String> overrides) {
        return start(overrides, Clock.systemUTC());
    }

    /**
     * A clock running from the next Tuesday at {@code time} in Helsinki, the demo points' zone (all demo points are
     * open 09:00–16:00 on weekdays), so that tests of opening hours and estimates do not depend on when they run.
     */
    public static MutableClock nextTuesdayAt(LocalTime time) {
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        LocalDate day = LocalDate.now(helsinki).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        return MutableClock.runningFrom(day.atTime(time).atZone(helsinki).toInstant());
    }

    public static TestServer start(Map<String, String> overrides, Clock clock) {
        TestServer t = new TestServer(overrides, clock);
        t.startServer(0);
        return t;
    }

    private void startServer(int onPort) {
        Map<String, String> s = new LinkedHashMap<>(settings);
        s.put("port", Integer.toString(onPort));
        server = new LuukkuServer(ServiceConfig.of(s), clock).start();
        port = server.port();
    }

    /** A second service instance on the same database (and a port of its own). */
    public LuukkuServer startSecondInstance() {
        Map<String, String> s = new LinkedHashMap<>(settings);
        s.put("port", "0");
        if (schema == null) {
            // H2 in embedded file mode allows one process only; share it through the same JVM
            s.put("db.url", h2Url() + ";AUTO_SERVER=FALSE");
        }
        return new LuukkuServer(ServiceConfig.of(s), clock).start();
    }

    private String h2Url() {
        return ServiceConfig.of(settings).dbUrl();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public LuukkuServer server() {
        return server;
    }

    /** The service's settings (data folder, database URL and schema, overrides). */
    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    public boolean isPostgres() {
        return schema != null;
    }

    /** Stops the service; the data stays for {@link #restart()}. */
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts again on the same port with the same data. */
    public TestServer restart() {
        stop();
        // the port may linger for a moment after the stop
        await("the service restarting on port " + port)
                .atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> {
                    startServer(port);
                    return true;
                });
        return this;
    }

    /** Stops and removes the data (the temporary directory, or the PostgreSQL schema). */
    @Override
    public void close() {
        stop();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(pgUrl());
                    Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                // leave it; the next run uses a new schema anyway
            }
        }
        try (var walk = Files.walk(dataDir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files; the OS cleans up
        }
    }

    private static void createSchema(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url);
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + url + ": " + e.getMessage(), e);
        }
    }
}
