package fi.luukku.core.device.pairing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.LuukkuClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the device's heartbeat ({@code POST /api/v1/points/{point}/heartbeat}: version, uptime, printer, outbox
 * backlog, last sync) at once and then every period, on its own daemon thread. A failed beat is only logged: the
 * next one follows, and the service raises the alert when beats stop.
 */
public final class HeartbeatSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);
    private static final MediaType JSON = MediaType.get("application/json");
    /**
     * Every 10 s: often enough that a device with no other traffic (a feedback terminal, a quiet kiosk) hears of
     * its revoked token within seconds, rare enough to be nothing for the service (a few hundred bytes).
     */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(10);

    private final LuukkuClient client;
    private final String point;
    private final String version;
    private final Supplier<DeviceState> state;
    private final Clock clock;
    private final long startedAt;
    private final ScheduledExecutorService timer;

    public HeartbeatSender(
            LuukkuClient client, String point, String version, Supplier<DeviceState> state, Clock clock) {
        this.client = client;
        this.point = point;
        this.version = version == null ? "dev" : version;
        this.state = state;
        this.clock = clock;
        this.startedAt = clock.millis();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "luukku-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    public HeartbeatSender start(Duration period) {
        timer.scheduleWithFixedDelay(this::beatQuietly, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One heartbeat now; true when the service took it. */
    public boolean beat() throws IOException {
        DeviceState s = state.get();
        ObjectNode body = client.mapper().createObjectNode();
        body.put("version", version.length() > 50 ? version.substring(0, 50) : version);
        body.put("uptimeSeconds", Math.max(0, (clock.millis() - startedAt) / 1000));
        body.put("printer", s.printer());
        body.put("outboxBacklog", s.outboxBacklog());
        if (s.lastSyncAt() != null) {
            body.put("lastSyncAt", s.lastSyncAt());
        }
        Request.Builder r = new Request.Builder()
                .url(client.baseUrl()
                        .newBuilder()
                        .addPathSegments("api/v1/points")
                        .addPathSegment(point)
                        .addPathSegment("heartbeat")
                        .build())
                .post(RequestBody.create(client.mapper().writeValueAsBytes(body), JSON));
        String token = client.currentToken();
        if (token != null && !token.isBlank()) {
            r.header("Authorization", "Bearer " + token);
        }
        try (Response response = client.httpClient().newCall(r.build()).execute()) {
            if (!response.isSuccessful()) {
                log.warn("heartbeat refused: {}", response.code());
            }
            return response.isSuccessful();
        }
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (IOException | RuntimeException e) {
            log.debug("heartbeat not sent: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
