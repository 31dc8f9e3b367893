package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.luukku.core.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the central service's feedback endpoint while it is being built: {@code POST
 * /api/v1/points/{point}/feedback} with a bearer token and an {@code Idempotency-Key}; the same key twice stores
 * one answer. Can be stopped and started again on the same port, like a service that goes away for a while.
 */
final class FakeFeedbackService implements AutoCloseable {
    private final ObjectMapper mapper = JsonMapper.create();
    private final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final String token;
    private final int port;
    private volatile int delayMillis;
    private volatile int forcedStatus;
    private HttpServer server;

    FakeFeedbackService(int port, String token) {
        this.port = port;
        this.token = token;
    }

    static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    synchronized FakeFeedbackService start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/v1/points/", this::handle);
        server.start();
        return this;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    void delay(int millis) {
        this.delayMillis = millis;
    }

    /** Answers every request with this status (0: normal behaviour). */
    void forceStatus(int status) {
        this.forcedStatus = status;
    }

    Map<String, JsonNode> stored() {
        return stored;
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (forcedStatus != 0) {
                reply(
                        ex,
                        forcedStatus,
                        "{\"type\":\"about:blank\",\"title\":\"forced\",\"status\":" + forcedStatus + "}");
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (!ex.getRequestMethod().equals("POST") || !path.matches("/api/v1/points/[a-z0-9-]+/feedback")) {
                reply(ex, 404, "{\"title\":\"not found\",\"status\":404}");
                return;
            }
            if (!("Bearer " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                reply(ex, 401, "{\"title\":\"unauthorized\",\"status\":401}");
                return;
            }
            String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
            JsonNode body = mapper.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (key == null || body.path("language").isMissingNode()) {
                reply(ex, 400, "{\"title\":\"bad request\",\"status\":400}");
                return;
            }
            stored.putIfAbsent(key, body);
            reply(ex, 201, "{\"id\":\"" + key + "\",\"pointId\":\"mikkeli\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange ex, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
