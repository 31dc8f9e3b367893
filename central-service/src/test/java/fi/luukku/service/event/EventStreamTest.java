package fi.luukku.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.SseReader;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class EventStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aServiceRestartMidStreamLosesNoEventForAResumingReader() throws Exception {
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "2"))) {
            Api api = new Api(server.baseUrl());
            List<LuukkuEvent> seen = new CopyOnWriteArrayList<>();
            EventStreamClient reader = new EventStreamClient(
                    HttpUrl.get(server.baseUrl()),
                    "mikkeli",
                    () -> "demo-display-mikkeli",
                    LuukkuClient.defaultHttpClient(),
                    0,
                    seen::add);
            reader.start();
            Set<String> issued = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 15; i++) {
                issued.add(
                        api.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText());
            }
            server.stop();
            // the service is away: kiosks keep trying; then it comes back on the same data
            server.restart();
            for (int i = 0; i < 15; i++) {
                issued.add(
                        api.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> countIssued(seen) >= issued.size());
            reader.close();
            List<Long> ids = new ArrayList<>();
            Set<String> ticketIds = new java.util.HashSet<>();
            for (LuukkuEvent e : seen) {
                ids.add(e.id());
                if (e.type().equals("ticket.issued")) {
                    ticketIds.add(Api.MAPPER.readTree(e.data()).get("id").asText());
                }
            }
            assertThat(ticketIds).isEqualTo(issued);
            // every event exactly once, ids strictly increasing without a gap
            List<Long> sorted = new ArrayList<>(ids);
            Collections.sort(sorted);
            assertThat(ids).isEqualTo(sorted).doesNotHaveDuplicates();
            assertThat(ids.get(ids.size() - 1) - ids.get(0) + 1).isEqualTo(ids.size());
        }
    }

    private static long countIssued(List<LuukkuEvent> seen) {
        return seen.stream().filter(e -> e.type().equals("ticket.issued")).count();
    }

    @Test
    void lastEventIdResumesExactlyAfterTheGivenEventAndHeartbeatsKeepTheLinkAlive() throws Exception {
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"))) {
            Api api = new Api(server.baseUrl());
            for (int i = 0; i < 3; i++) {
                api.issue("parainen", "parainen-kela-etuudet");
            }
            String url = server.baseUrl() + "/api/v1/points/parainen/events";
            try (SseReader all = new SseReader(url, "demo-display-parainen", null)) {
                assertThat(all.status).isEqualTo(200);
                SseReader.Frame first = all.nextEvent(WAIT);
                assertThat(first.id()).isEqualTo(1);
                assertThat(first.type()).isEqualTo("ticket.issued");
            }
            try (SseReader resumed = new SseReader(url, "demo-display-parainen", 3L)) {
                SseReader.Frame f = resumed.nextEvent(WAIT);
                assertThat(f.id()).isEqualTo(4);
                // then, after the rest of the backlog (queue updates of every queue sharing a desk), quiet: a heartbeat
                // comment arrives within a couple of seconds
                boolean heartbeat = false;
                for (int i = 0; i < 200 && !heartbeat; i++) {
                    SseReader.Frame c = resumed.next(Duration.ofMillis(500));
                    heartbeat = c != null && c.type().equals(":");
                }
                assertThat(heartbeat).isTrue();
                // and live events keep coming on the same connection
                JsonNode t = api.issue("parainen", "parainen-vero-verokortti");
                SseReader.Frame live = resumed.nextEvent(WAIT);
                while (live != null && !live.type().equals("ticket.issued")) {
                    live = resumed.nextEvent(WAIT);
                }
                assertThat(live).isNotNull();
                assertThat(Api.MAPPER.readTree(live.data()).get("id").asText())
                        .isEqualTo(t.get("id").asText());
            }
        }
    }

    @Test
    void aResumePointTheLogCannotServeGetsStreamResetAndTheSnapshotGivesTheStart() throws Exception {
        // a short heartbeat also lets a closed test reader's blocked read return at once
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"))) {
            Api api = new Api(server.baseUrl());
            api.issue("kiiminki", "kiiminki-kela-etuudet");
            String url = server.baseUrl() + "/api/v1/points/kiiminki/events";
            try (SseReader r = new SseReader(url, "demo-display-kiiminki", 999_999L)) {
                SseReader.Frame f = r.nextEvent(WAIT);
                assertThat(f.type()).isEqualTo("stream.reset");
            }
            JsonNode snap = api.get("/api/v1/points/kiiminki/snapshot", "demo-display-kiiminki")
                    .json();
            long last = snap.get("lastEventId").asLong();
            assertThat(last).isPositive();
            assertThat(snap.get("openTickets")).hasSize(1);
            assertThat(snap.get("queues").size()).isGreaterThan(3);
            assertThat(snap.get("infoMessages").size()).isGreaterThan(0);
            try (SseReader r = new SseReader(url, "demo-display-kiiminki", last)) {
                String admin = api.login("admin");
                api.post("/api/v1/points/kiiminki/desks/kiiminki-1/call-next", admin, null);
                SseReader.Frame f = r.nextEvent(WAIT);
                assertThat(f.id()).isEqualTo(last + 1);
                assertThat(f.type()).isEqualTo("ticket.called");
            }
            assertThat(new SseReader(url, "demo-display-mikkeli", null).status).isEqualTo(403);
            assertThat(new SseReader(url, "demo-feedback-kiiminki", null).status)
                    .isEqualTo(403);
        }
    }

    @Test
    void helpInfoAndIncidentChangesAreEvents() throws Exception {
        // a short heartbeat also lets a closed test reader's blocked read return at once
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"))) {
            Api api = new Api(server.baseUrl());
            String url = server.baseUrl() + "/api/v1/points/saarijarvi/events";
            String sup = api.login("saarijarvi-supervisor");
            // staff of the point get help requests; a display gets info but no help events (issue 13)
            try (SseReader r = new SseReader(url, sup, null)) {
                Api.Resp put = api.put(
                        "/api/v1/points/saarijarvi/info-messages",
                        sup,
                        Map.of(
                                "messages",
                                List.of(Map.of("text", Map.of("fi", "Suljettu", "sv", "Stängt", "en", "Closed")))));
                assertThat(put.status()).as(put.toString()).isEqualTo(200);
                SseReader.Frame f = r.nextEvent(WAIT);
                assertThat(f).isNotNull();
                assertThat(f.type()).isEqualTo("info.updated");
                assertThat(Api.MAPPER
                                .readTree(f.data())
                                .get(0)
                                .get("text")
                                .get("en")
                                .asText())
                        .isEqualTo("Closed");
                api.post("/api/v1/points/saarijarvi/help", "demo-kiosk-saarijarvi", Map.of("location", "kiosk 1"));
                assertThat(r.nextEvent(WAIT).type()).isEqualTo("help.requested");
            }
        }
    }
}
