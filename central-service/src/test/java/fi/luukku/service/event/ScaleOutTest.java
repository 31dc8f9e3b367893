package fi.luukku.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.LuukkuServer;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.SseReader;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostgreSQL database (ADR 0022): what happens on A reaches B through LISTEN/NOTIFY,
 * not through the poll (which runs only every 5 s while notifications are heard): events, catalogue changes and
 * revocations. Skipped on H2, where one process owns the database.
 */
class ScaleOutTest {
    /** Well below the 5 s fallback poll; generous for a loaded CI machine. */
    private static final Duration NOTIFIED = Duration.ofMillis(1500);

    private TestServer a;
    private LuukkuServer b;
    private Api apiA;
    private Api apiB;

    @BeforeEach
    void twoInstances() {
        assumeTrue(TestServer.pgUrl() != null, "needs PostgreSQL");
        a = TestServer.start(Map.of("sse.heartbeatSeconds", "1"));
        b = a.startSecondInstance();
        apiA = new Api(a.baseUrl());
        apiB = new Api(b.baseUrl());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> b.instanceListener().connected()
                        && a.server().instanceListener().connected());
    }

    @AfterEach
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static String events(String base) {
        return base + "/api/v1/points/mikkeli/events";
    }

    @Test
    void eventsCausedOnOneInstanceReachReadersOnTheOtherAtOnce() throws Exception {
        try (SseReader display = new SseReader(events(b.baseUrl()), "demo-display-mikkeli", null)) {
            assertThat(display.status).isEqualTo(200);
            String advisor = apiA.login("advisor1", "mikkeli-1");
            for (int i = 0; i < 4; i++) {
                String id =
                        apiA.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText();
                assertThat(nextOfType(display, "ticket.issued"))
                        .as("ticket %d issued on A heard on B", i)
                        .contains(id);
                Api.Resp call = apiA.post("/api/v1/points/mikkeli/desks/mikkeli-1/call-next", advisor, null);
                assertThat(call.status()).as(call.toString()).isEqualTo(200);
                assertThat(nextOfType(display, "ticket.called"))
                        .as("call on A heard on B")
                        .contains(id);
            }
        }
    }

    @Test
    void aBrokenListenerReconnectsAndCatchesUpFromTheLog() throws Exception {
        try (SseReader display = new SseReader(events(b.baseUrl()), "demo-display-mikkeli", null)) {
            b.instanceListener().dropConnection();
            String id = apiA.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> b.instanceListener().connected());
            // whether the event fell into the gap or not, the reconnect's catch-up or the notification delivers it
            assertThat(nextOfType(display, "ticket.issued")).contains(id);
            String next =
                    apiA.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText();
            assertThat(nextOfType(display, "ticket.issued")).contains(next);
        }
    }

    @Test
    void aDeviceRevokedOnOneInstanceStopsWorkingOnTheOtherAtOnce() throws Exception {
        String queues = "/api/v1/points/mikkeli/queues";
        assertThat(apiB.get(queues, "demo-display-mikkeli").status())
                .as("B now caches the display's token")
                .isEqualTo(200);
        try (SseReader display = new SseReader(events(b.baseUrl()), "demo-display-mikkeli", null)) {
            String admin = apiA.login("admin");
            Api.Resp revoke =
                    apiA.call("DELETE", "/api/v1/points/mikkeli/devices/display@mikkeli", admin, null, Map.of());
            assertThat(revoke.status()).as(revoke.toString()).isBetween(200, 204);
            assertThat(display.awaitEnd(NOTIFIED)).as("B's stream ended").isTrue();
            assertThat(apiB.get(queues, "demo-display-mikkeli").status())
                    .as("B no longer accepts the token (no 60 s cache)")
                    .isEqualTo(401);
        }
    }

    @Test
    void aCatalogueChangeOnOneInstanceReloadsTheOther() {
        String sup = apiA.login("supervisor");
        ObjectNode desk =
                (ObjectNode) apiA.get("/api/v1/admin/desks/mikkeli-2", sup).json();
        ObjectNode renamed = desk.deepCopy();
        ((ObjectNode) renamed.get("name")).put("en", "Desk two on A");
        Api.Resp put = apiA.put("/api/v1/admin/desks/mikkeli-2", sup, renamed);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        await().atMost(NOTIFIED).until(() -> apiB.get("/api/v1/points/mikkeli/desks", "demo-display-mikkeli")
                .body()
                .contains("Desk two on A"));
    }

    @Test
    void aDeviceAsksOnOneInstanceIsApprovedOnTheOtherAndCollectsItsTokenOnce() {
        Api.Resp asked = apiA.post("/api/v1/pairing", null, Map.of("description", "lobby display"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        String code = asked.json().path("code").asText();
        Map<String, String> secret =
                Map.of("secret", asked.json().path("secret").asText());
        String admin = apiB.login("admin");
        assertThat(apiB.get("/api/v1/admin/pairing", admin).body()).contains(code);
        Api.Resp approved = apiB.post(
                "/api/v1/admin/pairing/" + code + "/approve",
                admin,
                Map.of("point", "mikkeli", "role", "DISPLAY", "name", "lobby"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Api.Resp collected = apiA.post("/api/v1/pairing/" + code + "/poll", null, secret);
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        String token = collected.json().path("token").asText();
        assertThat(apiB.post("/api/v1/pairing/" + code + "/poll", null, secret).status())
                .as("collected once, on whichever instance")
                .isEqualTo(401);
        assertThat(apiB.get("/api/v1/points/mikkeli/queues", token).status()).isEqualTo(200);
    }

    /** The data of the next event of a type, skipping others; fails after the notification promise. */
    private static String nextOfType(SseReader reader, String type) throws InterruptedException {
        long end = System.nanoTime() + NOTIFIED.toNanos();
        while (System.nanoTime() < end) {
            SseReader.Frame f = reader.nextEvent(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (f != null && f.type().equals(type)) {
                return f.data();
            }
        }
        throw new AssertionError(type + " not heard within " + NOTIFIED);
    }
}
