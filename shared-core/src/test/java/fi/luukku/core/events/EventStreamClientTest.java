package fi.luukku.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fi.luukku.core.api.LuukkuClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a tiny SSE server that drops the connection after every two events. */
class EventStreamClientTest {
    private HttpServer server;
    private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private void startServer(int totalEvents) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/points/mikkeli/events", ex -> {
            connections.incrementAndGet();
            String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
            lastEventIds.add(String.valueOf(last));
            long from = last == null ? 0 : Long.parseLong(last);
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                // repeat the boundary event once: the client must not apply it twice
                long start = Math.max(1, from);
                for (long id = start; id <= Math.min(from + 2, totalEvents); id++) {
                    String e = "id: " + id + "\nevent: ticket.called\ndata: {\"number\":\"K" + id + "\"}\n\n";
                    out.write(e.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void resumesAfterEveryBreakWithLastEventIdAndDeliversEachEventOnce() throws Exception {
        startServer(7);
        List<Long> ids = new CopyOnWriteArrayList<>();
        List<EventStreamClient.LinkState> states = new CopyOnWriteArrayList<>();
        HttpUrl base = HttpUrl.get("http://127.0.0.1:" + server.getAddress().getPort());
        try (EventStreamClient client = new EventStreamClient(
                base,
                "mikkeli",
                () -> "demo-display-mikkeli",
                LuukkuClient.defaultHttpClient(),
                0,
                new EventStreamClient.Listener() {
                    @Override
                    public void onEvent(LuukkuEvent event) {
                        ids.add(event.id());
                    }

                    @Override
                    public void onLinkState(EventStreamClient.LinkState state) {
                        states.add(state);
                    }
                })) {
            client.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> ids.size() >= 7);
            assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            assertThat(client.lastEventId()).isEqualTo(7);
        }
        assertThat(lastEventIds.subList(0, 4)).containsExactly("null", "2", "4", "6");
        assertThat(states).contains(EventStreamClient.LinkState.CONNECTED, EventStreamClient.LinkState.RECONNECTING);
    }

    @Test
    void startsFromTheSnapshotsEventIdAndReportsReconnectingWhileTheServiceIsAway() throws Exception {
        startServer(5);
        int port = server.getAddress().getPort();
        List<Long> ids = new CopyOnWriteArrayList<>();
        List<EventStreamClient.LinkState> states = new CopyOnWriteArrayList<>();
        server.stop(0);
        HttpUrl base = HttpUrl.get("http://127.0.0.1:" + port);
        try (EventStreamClient client = new EventStreamClient(
                base, "mikkeli", () -> "t", LuukkuClient.defaultHttpClient(), 3, new EventStreamClient.Listener() {
                    @Override
                    public void onEvent(LuukkuEvent event) {
                        ids.add(event.id());
                    }

                    @Override
                    public void onLinkState(EventStreamClient.LinkState state) {
                        states.add(state);
                    }
                })) {
            client.start();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> states.contains(EventStreamClient.LinkState.RECONNECTING));
            assertThat(ids).isEmpty();
            lastEventIds.clear();
            startServerOn(port, 5);
            await().atMost(Duration.ofSeconds(20)).until(() -> ids.size() >= 2);
            assertThat(ids).containsExactly(4L, 5L);
            assertThat(lastEventIds.get(0)).isEqualTo("3");
        }
    }

    private void startServerOn(int port, int total) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server = s;
        s.createContext("/api/v1/points/mikkeli/events", ex -> {
            String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
            lastEventIds.add(String.valueOf(last));
            long from = last == null ? 0 : Long.parseLong(last);
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (long id = from + 1; id <= total; id++) {
                    out.write(("id: " + id + "\nevent: queue.updated\ndata: {}\n\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        });
        s.start();
    }
}
