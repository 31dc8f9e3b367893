package fi.luukku.systemtests.bench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.config.Cli;
import fi.luukku.core.config.HelpOption;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.LuukkuServer;
import fi.luukku.service.ServiceConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures the central service: tickets issued per second, call-next latency, and the time from call-next to the
 * {@code ticket.called} event arriving at N connected event-stream readers (N = 1, 100, 500).
 *
 * <pre>
 * java -cp … fi.luukku.systemtests.bench.service.ServiceBenchmark [--server URL] [--point mikkeli]
 *      [--db-url jdbc:postgresql://127.0.0.1:5432/test?user=postgres --db-schema bench1]
 *      [--instances 2] [--tickets 2000] [--threads 8] [--calls 200] [--rounds 40] [--readers 1,100,500]
 * </pre>
 *
 * Without {@code --server} it starts the service in-process on a fresh H2 database with the demo data. The event
 * readers are raw sockets on one NIO selector, so 500 readers cost the measuring side almost nothing. With
 * {@code --instances 2} (PostgreSQL only) it starts a second instance on the same database: desks and kiosks use
 * the first, the event readers the second, so every event crosses instances through LISTEN/NOTIFY.
 */
public final class ServiceBenchmark {
    private static final ObjectMapper MAPPER = JsonMapper.create();
    private static final MediaType JSON = MediaType.get("application/json");

    private final String base;
    /** Where the event readers connect: the same instance, or the second one. */
    private String readBase;

    private final String point;
    private final OkHttpClient http;

    private ServiceBenchmark(String base, String point) {
        this.base = base;
        this.readBase = base;
        this.point = point;
        this.http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(64, 1, java.util.concurrent.TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        this.http.dispatcher().setMaxRequestsPerHost(64);
    }

    /** The benchmark's command line. */
    @Command(name = "luukku bench service", showDefaultValues = true, description = "Benchmarks the central service.")
    public static final class Options {
        @Option(
                names = "--server",
                paramLabel = "URL",
                description = "A running service to measure. Default: an in-process one on a fresh database.")
        String server;

        @Option(names = "--point", paramLabel = "ID", defaultValue = "mikkeli", description = "The service point.")
        String point;

        @Option(
                names = "--db-url",
                paramLabel = "URL",
                description = "JDBC URL of the in-process service (e.g. PostgreSQL). Default: H2 in a temp dir.")
        String dbUrl;

        @Option(
                names = "--db-schema",
                paramLabel = "NAME",
                description = "Schema for --db-url. Default: the database's default schema.")
        String dbSchema;

        @Option(
                names = "--issue-point",
                paramLabel = "ID",
                defaultValue = "kiiminki",
                description = "The point the throughput run issues at, so that its backlog does not lengthen the"
                        + " queues the latency runs measure (a real point has tens waiting, not thousands).")
        String issuePoint;

        @Option(
                names = "--instances",
                defaultValue = "1",
                description =
                        "Service instances on the database (2: readers on the second; needs --db-url PostgreSQL).")
        int instances;

        @Option(names = "--tickets", defaultValue = "2000", description = "Tickets issued in the throughput run.")
        int tickets;

        @Option(names = "--threads", defaultValue = "8", description = "Parallel kiosks issuing tickets.")
        int threads;

        @Option(names = "--calls", defaultValue = "200", description = "Measured call-next requests.")
        int calls;

        @Option(names = "--rounds", defaultValue = "40", description = "Calls per event-reader count.")
        int rounds;

        @Option(
                names = "--readers",
                paramLabel = "N,N,…",
                defaultValue = "1,100,500",
                description = "Event-stream reader counts.")
        String readers;

        @Mixin
        HelpOption help;
    }

    public static void main(String[] args) throws Exception {
        Options[] parsed = new Options[1];
        Cli.Outcome outcome = Cli.check(
                "luukku bench service", () -> parsed[0] = Cli.parse(new Options(), args), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        Options o = parsed[0];
        LuukkuServer server = null;
        LuukkuServer second = null;
        String base = o.server;
        if (base == null) {
            Path dir = Files.createTempDirectory("luukku-bench-");
            Map<String, String> cfg = new LinkedHashMap<>(
                    Map.of("demo", "true", "port", "0", "host", "127.0.0.1", "data", dir.toString()));
            if (o.dbUrl != null) {
                cfg.put("db.url", o.dbUrl);
            }
            if (o.dbSchema != null) {
                cfg.put("db.schema", o.dbSchema);
            }
            server = new LuukkuServer(ServiceConfig.of(cfg)).start();
            base = server.baseUrl();
            if (o.instances > 1) {
                if (!ServiceConfig.of(cfg).isPostgres()) {
                    server.stop();
                    System.err.println("--instances 2 needs --db-url jdbc:postgresql:…");
                    System.exit(2);
                    return;
                }
                second = new LuukkuServer(ServiceConfig.of(cfg)).start();
            }
        }
        try {
            ServiceBenchmark b = new ServiceBenchmark(base, o.point);
            if (second != null) {
                b.readBase = second.baseUrl();
                System.out.printf("two instances: calls on %s, event readers on %s%n", base, b.readBase);
            }
            b.run(o.issuePoint, o.tickets, o.threads, o.calls, o.rounds, o.readers);
        } finally {
            if (second != null) {
                second.stop();
            }
            if (server != null) {
                server.stop();
            }
        }
        System.exit(0);
    }

    private void run(String issuePoint, int tickets, int threads, int calls, int rounds, String readerCounts)
            throws Exception {
        System.out.printf(
                "Luukku central service benchmark against %s (point %s), %d cores, Java %s%n",
                base, point, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String advisor = login("admin");
        // warm-up
        String vero = service(issuePoint, "vero");
        for (int i = 0; i < 50; i++) {
            issue(issuePoint, vero);
        }
        // 1. tickets issued per second at one point, several kiosks at once

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(tickets);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    issue(issuePoint, vero);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf(
                "tickets issued at %s: %d with %d parallel kiosks in %.2f s = %.0f tickets/s%n",
                issuePoint, tickets, threads, secs, tickets / secs);

        // 2. call-next latency (one desk pressing Call next over and over, ~60 waiting)
        String police = service(point, "poliisi");
        String desk = deskServingOnly(police);
        List<Long> callNanos = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            issue(police);
        }
        for (int i = 0; i < calls; i++) {
            issue(police);
            long s = System.nanoTime();
            JsonNode called = callNext(desk, advisor);
            callNanos.add(System.nanoTime() - s);
            if (called == null) {
                throw new IllegalStateException("nobody waiting at " + desk);
            }
        }
        System.out.printf(
                "call-next latency over %d calls: p50 %.1f ms, p99 %.1f ms%n",
                calls, pct(callNanos, 50), pct(callNanos, 99));

        // 3. call-next -> ticket.called at N readers
        for (String n : readerCounts.split(",")) {
            int readers = Integer.parseInt(n.trim());
            for (int i = 0; i < rounds + 5; i++) {
                issue(police);
            }
            List<Long> lat = eventLatency(readers, rounds, desk, advisor);
            System.out.printf(
                    "call-next -> event at %d readers (%d rounds, %d samples): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms"
                            + " (load average %.2f)%n",
                    readers,
                    rounds,
                    lat.size(),
                    pct(lat, 50),
                    pct(lat, 90),
                    pct(lat, 99),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    private List<Long> eventLatency(int readers, int rounds, String desk, String advisor) throws Exception {
        long last = get("/api/v1/points/" + point + "/snapshot", "demo-display-" + point)
                .get("lastEventId")
                .asLong();
        URI uri = URI.create(readBase);
        Selector selector = Selector.open();
        List<Reader> all = new ArrayList<>();
        String request = "GET /api/v1/points/" + point + "/events HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                + "Accept: text/event-stream\r\nAuthorization: Bearer demo-display-" + point + "\r\n"
                + "Last-Event-ID: " + last + "\r\n\r\n";
        for (int i = 0; i < readers; i++) {
            SocketChannel ch = SocketChannel.open(new InetSocketAddress(uri.getHost(), uri.getPort()));
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            ch.configureBlocking(false);
            Reader r = new Reader(ch);
            ch.register(selector, SelectionKey.OP_READ, r);
            all.add(r);
        }
        // wait until every reader has its response headers (subscribed)
        long deadline = System.currentTimeMillis() + 30_000;
        while (all.stream().anyMatch(r -> !r.open) && System.currentTimeMillis() < deadline) {
            poll(selector, 50);
        }
        Thread.sleep(300);
        List<Long> samples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Reader r : all) {
                r.arrivedAt = 0;
            }
            long start = System.nanoTime();
            Thread caller = new Thread(() -> callNext(desk, advisor));
            caller.start();
            long until = System.currentTimeMillis() + 5_000;
            while (all.stream().anyMatch(r -> r.arrivedAt == 0) && System.currentTimeMillis() < until) {
                poll(selector, 5);
            }
            caller.join();
            for (Reader r : all) {
                if (r.arrivedAt > 0) {
                    samples.add(r.arrivedAt - start);
                } else {
                    samples.add(Duration.ofSeconds(5).toNanos()); // counted as a 5 s miss, never hidden
                }
            }
            Thread.sleep(50);
        }
        for (Reader r : all) {
            r.ch.close();
        }
        selector.close();
        return samples;
    }

    private static void poll(Selector selector, long ms) throws IOException {
        if (selector.select(ms) == 0) {
            return;
        }
        long now = System.nanoTime();
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        for (SelectionKey k : selector.selectedKeys()) {
            Reader r = (Reader) k.attachment();
            buf.clear();
            int n = r.ch.read(buf);
            if (n < 0) {
                k.cancel();
                continue;
            }
            r.feed(buf.array(), n, now);
        }
        selector.selectedKeys().clear();
    }

    /** One raw event-stream connection: notes when "event: ticket.called" goes by. */
    private static final class Reader {
        private static final byte[] NEEDLE = "event: ticket.called".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        final SocketChannel ch;
        boolean open;
        int match;
        int headerMatch;
        volatile long arrivedAt;

        Reader(SocketChannel ch) {
            this.ch = ch;
        }

        void feed(byte[] b, int n, long now) {
            for (int i = 0; i < n; i++) {
                if (!open) {
                    headerMatch = b[i] == HEADERS_END[headerMatch] ? headerMatch + 1 : (b[i] == '\r' ? 1 : 0);
                    if (headerMatch == HEADERS_END.length) {
                        open = true;
                    }
                    continue;
                }
                match = b[i] == NEEDLE[match] ? match + 1 : (b[i] == NEEDLE[0] ? 1 : 0);
                if (match == NEEDLE.length) {
                    match = 0;
                    if (arrivedAt == 0) {
                        arrivedAt = now;
                    }
                }
            }
        }
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(idx, s.size() - 1))) / 1e6;
    }

    private String service(String at, String authority) throws IOException {
        for (JsonNode s : get("/api/v1/points/" + at + "/services", "demo-kiosk-" + at)) {
            if (s.get("authorityId").asText().equals(authority)) {
                return s.get("id").asText();
            }
        }
        throw new IllegalStateException("no " + authority + " service at " + at);
    }

    private String deskServingOnly(String serviceId) throws IOException {
        String queue = null;
        for (JsonNode s : get("/api/v1/points/" + point + "/services", "demo-kiosk-" + point)) {
            if (s.get("id").asText().equals(serviceId)) {
                queue = s.get("queueId").asText();
            }
        }
        String any = null;
        for (JsonNode d : get("/api/v1/points/" + point + "/desks", "demo-kiosk-" + point)) {
            List<String> qs = new ArrayList<>();
            d.get("queueIds").forEach(q -> qs.add(q.asText()));
            if (qs.equals(List.of(queue))) {
                return d.get("id").asText();
            }
            if (qs.contains(queue) && any == null) {
                any = d.get("id").asText();
            }
        }
        return any;
    }

    private String login(String user) throws IOException {
        return post("/api/v1/auth/login", null, Map.of("username", user, "password", "demo"), null)
                .get("token")
                .asText();
    }

    private void issue(String serviceId) throws IOException {
        issue(point, serviceId);
    }

    private void issue(String at, String serviceId) throws IOException {
        post(
                "/api/v1/points/" + at + "/tickets",
                "demo-kiosk-" + at,
                Map.of("serviceId", serviceId, "language", "fi"),
                UUID.randomUUID().toString());
    }

    private JsonNode callNext(String desk, String token) {
        try {
            return post("/api/v1/points/" + point + "/desks/" + desk + "/call-next", token, Map.of(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path, String token) throws IOException {
        Request r = new Request.Builder()
                .url(base + path)
                .header("Authorization", "Bearer " + token)
                .build();
        try (Response res = http.newCall(r).execute()) {
            if (!res.isSuccessful()) {
                throw new IOException("GET " + path + " -> " + res.code());
            }
            return MAPPER.readTree(res.body().string());
        }
    }

    private JsonNode post(String path, String token, Object body, String key) throws IOException {
        Request.Builder r =
                new Request.Builder().url(base + path).post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        try (Response res = http.newCall(r.build()).execute()) {
            if (res.code() == 204) {
                return null;
            }
            String text = res.body().string();
            if (!res.isSuccessful()) {
                throw new IOException("POST " + path + " -> " + res.code() + " " + text);
            }
            return MAPPER.readTree(text);
        }
    }
}
