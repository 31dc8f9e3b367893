package fi.luukku.systemtests.crash;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.json.JsonMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Issue 13's scale-out test (ADR 0022): two real service processes on one PostgreSQL database behind a real nginx
 * (Debian's package, started as the test user with a generated configuration on a free port). Kiosks and event
 * readers all go through nginx and are spread over both instances; one instance is killed with SIGKILL. The
 * clients carry on through the other: every ticket answered 201 is stored once, no number is shared, and each
 * resuming reader sees every event id exactly once, in order. Skipped without PostgreSQL or nginx.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(value = 4, unit = TimeUnit.MINUTES) // two JVM starts on a busy machine; the scenario itself < 60 s
class TwoInstancesBehindNginxTest {
    private static final String POINT = "mikkeli";
    private static final int KIOSKS = 4;
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    Path data;

    @Test
    void clientsCarryOnThroughTheOtherInstanceWhenOneIsKilled() throws Exception {
        String pg = pgUrl();
        Assumptions.assumeTrue(pg != null, "LUUKKU_TEST_PG_URL is not set");
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "nginx is not installed");
        String schema = "two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pg);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        Process nginx = null;
        try (ServiceProcess a = new ServiceProcess(dir("a"), pg, schema);
                ServiceProcess b = new ServiceProcess(dir("b"), pg, schema)) {
            a.start(); // first alone: it migrates and seeds the demo data
            b.start();
            int port = freePort();
            nginx = startNginx(port, a, b);
            String proxy = "http://127.0.0.1:" + port;
            scenario(proxy, a, pg, schema);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            try (Connection c = DriverManager.getConnection(pg);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private void scenario(String proxy, ServiceProcess victim, String pg, String schema) throws Exception {
        OkHttpClient http = LuukkuClient.defaultHttpClient()
                .newBuilder()
                .readTimeout(Duration.ofSeconds(30))
                .retryOnConnectionFailure(false)
                .build();
        LuukkuClient kiosk = new LuukkuClient(proxy, () -> "demo-kiosk-" + POINT, http, JsonMapper.create());
        String serviceId = kiosk.services(POINT).get(0).id();
        Map<String, TicketDto> tickets = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(KIOSKS);
        List<Future<?>> done = new ArrayList<>();
        List<ResumingEventReader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) { // round robin: two readers on each instance
                ResumingEventReader r = new ResumingEventReader(proxy, POINT, "demo-display-" + POINT);
                r.start();
                readers.add(r);
            }
            for (int k = 0; k < KIOSKS; k++) {
                done.add(clients.submit(() -> {
                    while (running.get()) {
                        String key = LuukkuClient.newKey();
                        IssueTicketRequest body = IssueTicketRequest.online(serviceId, "fi", List.of());
                        tickets.put(key, untilAnswered(() -> kiosk.issueTicket(POINT, body, key)));
                    }
                    return null;
                }));
            }
            Awaitility.await("kiosks issue through nginx")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> tickets.size() >= 10);
            victim.kill();
            int atKill = tickets.size();
            System.out.printf("two instances: killed one after %d tickets%n", atKill);
            Awaitility.await("kiosks carry on through the other instance")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> tickets.size() >= atKill + 15);
            running.set(false);
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            long lastStored;
            try (Connection c = connect(pg, schema)) {
                lastStored = single(c, "SELECT event_seq FROM points WHERE id = '" + POINT + "'");
                Map<String, String> stored = new ConcurrentHashMap<>();
                Set<String> numbers = new HashSet<>();
                try (Statement s = c.createStatement();
                        ResultSet rs =
                                s.executeQuery("SELECT id, number FROM tickets WHERE point_id = '" + POINT + "'")) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getString(2));
                        assertThat(numbers.add(rs.getString(2)))
                                .as("number %s held once", rs.getString(2))
                                .isTrue();
                    }
                }
                for (TicketDto t : tickets.values()) {
                    assertThat(stored).as("ticket %s answered 201", t.number()).containsEntry(t.id(), t.number());
                }
            }
            for (ResumingEventReader r : readers) {
                Awaitility.await("every reader catches up with event " + lastStored)
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> r.last() >= lastStored);
                List<Long> seen = r.ids();
                assertThat(seen)
                        .as("each event id exactly once and in order, across the kill")
                        .containsExactlyElementsOf(LongStream.rangeClosed(seen.get(0), seen.get(seen.size() - 1))
                                .boxed()
                                .toList());
            }
        } finally {
            running.set(false);
            clients.shutdownNow();
            for (ResumingEventReader r : readers) {
                r.close();
            }
        }
    }

    private Process startNginx(int port, ServiceProcess a, ServiceProcess b) throws Exception {
        Path dir = dir("nginx");
        String conf =
                """
                worker_processes 1;
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 2048; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream luukku {
                        server %2$s max_fails=1 fail_timeout=60s;
                        server %3$s max_fails=1 fail_timeout=60s;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://luukku;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_buffering off;
                            proxy_read_timeout 3600s;
                            proxy_connect_timeout 2s;
                            # requests carry idempotency keys: a POST may be retried on the other instance
                            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                        }
                    }
                }
                """
                        .formatted(dir, hostPort(a), hostPort(b), port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process p = new ProcessBuilder(
                        NGINX.toString(), "-p", dir.toString(), "-c", file.toString(), "-e", dir + "/error.log")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Awaitility.await("nginx answers")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> {
                    if (!p.isAlive()) {
                        throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("nginx.out")));
                    }
                    return client.send(
                                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200;
                });
        return p;
    }

    private static String hostPort(ServiceProcess s) {
        return URI.create(s.baseUrl()).getAuthority();
    }

    private Path dir(String name) throws IOException {
        return Files.createDirectories(data.resolve(name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Connection connect(String pg, String schema) throws java.sql.SQLException {
        Connection c = DriverManager.getConnection(pg);
        c.setSchema(schema);
        return c;
    }

    private static long single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String pgUrl() {
        String p = System.getProperty("luukku.test.pg.url", "");
        if (p.isBlank()) {
            p = System.getenv().getOrDefault("LUUKKU_TEST_PG_URL", "");
        }
        return p.isBlank() ? null : p.trim();
    }

    /** Retries with the same key until answered 2xx (a 502 or a reset while an instance dies is retried). */
    private static <T> T untilAnswered(java.util.function.Supplier<T> call) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ApiException last = null;
        while (System.nanoTime() < deadline) {
            try {
                return call.get();
            } catch (ApiException e) {
                if (!e.isUnreachable() && e.status() >= 400 && e.status() < 500 && e.status() != 429) {
                    throw e;
                }
                last = e;
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("no answer within a minute", last);
    }
}
