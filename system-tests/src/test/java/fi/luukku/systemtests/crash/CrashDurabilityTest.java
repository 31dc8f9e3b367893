package fi.luukku.systemtests.crash;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.FeedbackDto;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.json.JsonMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import okhttp3.OkHttpClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's power-cut test: the real service process is killed with SIGKILL at random moments while eight kiosks
 * issue tickets and a feedback terminal sends answers, each retrying with its idempotency key until answered, and
 * is started again on the same data. Nothing answered 2xx may be lost or doubled, no number may be handed out
 * twice, a retry gets the first answer, and a resuming event reader sees every event id once, in order.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // bounded: five kills, each restart waited for at most two minutes
class CrashDurabilityTest {
    private static final String POINT = "mikkeli";
    private static final int KIOSKS = 8;
    private static final int KILLS = 5;

    @TempDir
    Path data;

    @Test
    void answeredWritesSurviveSigkillOnH2() throws Exception {
        try (ServiceProcess service = new ServiceProcess(data, null, null)) {
            crashAndCheck(service, () -> h2Connection());
        }
    }

    @Test
    void answeredWritesSurviveSigkillOnPostgresql() throws Exception {
        String pg = pgUrl();
        Assumptions.assumeTrue(pg != null, "LUUKKU_TEST_PG_URL is not set");
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pg);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try (ServiceProcess service = new ServiceProcess(data, pg, schema)) {
            crashAndCheck(service, () -> {
                Connection c = DriverManager.getConnection(pg);
                c.setSchema(schema);
                return c;
            });
        } finally {
            try (Connection c = DriverManager.getConnection(pg);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private Connection h2Connection() throws SQLException {
        String base = data.resolve("db").resolve("luukku").toAbsolutePath().toString();
        return DriverManager.getConnection("jdbc:h2:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "", "");
    }

    private static String pgUrl() {
        String p = System.getProperty("luukku.test.pg.url", "");
        if (p.isBlank()) {
            p = System.getenv().getOrDefault("LUUKKU_TEST_PG_URL", "");
        }
        return p.isBlank() ? null : p.trim();
    }

    @FunctionalInterface
    interface Db {
        Connection open() throws SQLException;
    }

    private void crashAndCheck(ServiceProcess service, Db db) throws Exception {
        service.start();
        // patient reads: a kiosk that gives up on a slow answer and asks again only adds to the queue of a
        // freshly started (cold, loaded) service; a killed service is noticed at once (connection reset)
        OkHttpClient http = LuukkuClient.defaultHttpClient()
                .newBuilder()
                .readTimeout(Duration.ofSeconds(60))
                .retryOnConnectionFailure(false)
                .build();
        LuukkuClient kiosk = client(service, http, "demo-kiosk-" + POINT);
        LuukkuClient feedback = client(service, http, "demo-feedback-" + POINT);
        String serviceId = kiosk.services(POINT).get(0).id();

        Map<String, TicketDto> tickets = new ConcurrentHashMap<>();
        Map<String, IssueTicketRequest> ticketBodies = new ConcurrentHashMap<>();
        Map<String, FeedbackDto> answers = new ConcurrentHashMap<>();
        Map<String, FeedbackRequest> answerBodies = new ConcurrentHashMap<>();
        List<String> mismatches = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);

        ExecutorService clients = Executors.newFixedThreadPool(KIOSKS + 1);
        List<Future<?>> done = new ArrayList<>();
        long lastSeen = 0;
        try (ResumingEventReader reader = new ResumingEventReader(service.baseUrl(), POINT, "demo-display-" + POINT)) {
            reader.start();
            for (int k = 0; k < KIOSKS; k++) {
                String language = List.of("fi", "sv", "en").get(k % 3);
                done.add(clients.submit(() -> {
                    Random random = new Random();
                    while (running.get()) {
                        String key = LuukkuClient.newKey();
                        IssueTicketRequest body = IssueTicketRequest.online(serviceId, language, List.of());
                        ticketBodies.put(key, body);
                        TicketDto first = untilAnswered(() -> kiosk.issueTicket(POINT, body, key));
                        tickets.put(key, first);
                        if (random.nextInt(4) == 0) { // a kiosk that missed the answer asks again
                            TicketDto again = untilAnswered(() -> kiosk.issueTicket(POINT, body, key));
                            if (!again.id().equals(first.id())
                                    || !again.number().equals(first.number())) {
                                mismatches.add(key + ": " + first.number() + " then " + again.number());
                            }
                        }
                    }
                    return null;
                }));
            }
            done.add(clients.submit(() -> {
                Random random = new Random();
                while (running.get()) {
                    String key = LuukkuClient.newKey();
                    FeedbackRequest body = new FeedbackRequest(
                            1 + random.nextInt(5), null, null, null, null, "fi", null, null, Instant.now());
                    answerBodies.put(key, body);
                    answers.put(key, untilAnswered(() -> feedback.sendFeedback(POINT, body, key)));
                }
                return null;
            }));

            Random random = new Random();
            for (int i = 0; i < KILLS; i++) {
                // the workload gets going again, runs for a random while more, then the power goes
                int issued = tickets.size();
                Awaitility.await("kiosks issue after start " + service.starts())
                        .atMost(Duration.ofSeconds(120))
                        .until(() -> tickets.size() >= issued + 3);
                TimeUnit.MILLISECONDS.sleep(random.nextInt(1500));
                service.kill();
                System.out.printf(
                        "crash test: killed after %d tickets and %d feedback answers%n",
                        tickets.size(), answers.size());
                service.start();
            }
            int before = tickets.size();
            Awaitility.await("kiosks issue again after the last restart")
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> tickets.size() >= before + 3);
            running.set(false);
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }

            // every stored answer is returned again for its key, after all the restarts
            for (var e : tickets.entrySet()) {
                TicketDto again = kiosk.issueTicket(POINT, ticketBodies.get(e.getKey()), e.getKey());
                assertThat(again.id())
                        .as("retry of %s", e.getKey())
                        .isEqualTo(e.getValue().id());
                assertThat(again.number()).isEqualTo(e.getValue().number());
            }
            for (var e : answers.entrySet()) {
                FeedbackDto again = feedback.sendFeedback(POINT, answerBodies.get(e.getKey()), e.getKey());
                assertThat(again.id()).isEqualTo(e.getValue().id());
            }
            assertThat(mismatches).as("retries answered differently").isEmpty();

            LuukkuClient display = client(service, http, "demo-display-" + POINT);
            long lastStored = display.snapshot(POINT).lastEventId();
            Awaitility.await("the event reader catches up with event " + lastStored)
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> reader.last() >= lastStored);
            List<Long> seen = reader.ids();
            lastSeen = seen.isEmpty() ? 0 : seen.get(seen.size() - 1);
            assertThat(seen).as("event ids seen by the resuming reader").isNotEmpty();
            long first = seen.get(0);
            assertThat(seen)
                    .as("each event id exactly once and in order")
                    .containsExactlyElementsOf(LongStream.rangeClosed(first, seen.get(seen.size() - 1))
                            .boxed()
                            .toList());
        } finally {
            running.set(false);
            clients.shutdownNow();
        }

        assertThat(service.starts()).isEqualTo(KILLS + 1);
        assertThat(tickets).hasSizeGreaterThan(KIOSKS * 3);
        assertThat(answers).isNotEmpty();
        if (!service.isPostgres()) {
            service.stop(); // H2 is embedded: the file is free once the service is gone
        }
        try (Connection c = db.open()) {
            Map<String, String> stored = map(c, "SELECT id, number FROM tickets WHERE point_id = '" + POINT + "'");
            for (TicketDto t : tickets.values()) {
                assertThat(stored).as("ticket %s answered 201", t.number()).containsEntry(t.id(), t.number());
            }
            Set<String> answeredNumbers = new HashSet<>();
            for (TicketDto t : tickets.values()) {
                assertThat(answeredNumbers.add(t.number()))
                        .as("number %s answered to one ticket only", t.number())
                        .isTrue();
            }
            assertThat(map(
                            c,
                            "SELECT ticket_day || '/' || number, CAST(COUNT(*) AS VARCHAR(20)) FROM tickets"
                                    + " GROUP BY point_id, ticket_day, number HAVING COUNT(*) > 1"))
                    .as("numbers held by two tickets")
                    .isEmpty();
            Map<String, String> storedFeedback =
                    map(c, "SELECT id, point_id FROM feedback WHERE point_id = '" + POINT + "'");
            for (FeedbackDto f : answers.values()) {
                assertThat(storedFeedback).as("feedback answered 201").containsKey(f.id());
            }
            long lastEvent = single(c, "SELECT event_seq FROM points WHERE id = '" + POINT + "'");
            assertThat(lastEvent).as("the log holds every event the reader saw").isGreaterThanOrEqualTo(lastSeen);
        }
    }

    private static LuukkuClient client(ServiceProcess service, OkHttpClient http, String token) {
        return new LuukkuClient(service.baseUrl(), () -> token, http, JsonMapper.create());
    }

    /** Retries with the same key until the service answers 2xx; a 4xx is a failure of the test, not a crash. */
    private static <T> T untilAnswered(Supplier<T> call) throws InterruptedException {
        // as long as a restart may take on a loaded machine (the service process is started again meanwhile)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        ApiException last = null;
        while (System.nanoTime() < deadline) {
            try {
                return call.get();
            } catch (ApiException e) {
                if (!e.isUnreachable() && e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                    throw e;
                }
                if (last == null || !String.valueOf(last.getMessage()).equals(String.valueOf(e.getMessage()))) {
                    System.out.println("crash test: retrying after " + e.getMessage()
                            + (e.getCause() != null ? " / " + e.getCause() : ""));
                }
                last = e;
                TimeUnit.MILLISECONDS.sleep(100); // the service is restarting
            }
        }
        throw new IllegalStateException("no answer within five minutes", last);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> map(Connection c, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
