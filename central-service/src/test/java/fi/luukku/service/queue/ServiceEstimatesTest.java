package fi.luukku.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.i18n.WaitWords;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.SseReader;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's tickets and queues carry the look-ahead estimate, its range, and "no desk open" honestly. */
class ServiceEstimatesTest {
    static JsonNode queue(Api api, String point, String queueId) {
        for (JsonNode q : api.get("/api/v1/points/" + point + "/queues", "demo-display-" + point)
                .json()) {
            if (q.get("id").asText().equals(queueId)) {
                return q;
            }
        }
        throw new AssertionError("no queue " + queueId);
    }

    @Test
    void nobodyAtADeskIsSaidAsSuchAndAStaffedDeskGivesAWaitWithARange() throws Exception {
        try (TestServer server = TestServer.start(Map.of(), TestServer.nextTuesdayAt(LocalTime.of(10, 0)))) {
            Api api = new Api(server.baseUrl());
            JsonNode first = api.issue("saarijarvi", "saarijarvi-mml-kiinteisto");
            assertThat(first.get("noDeskOpen").asBoolean()).as(first.toString()).isTrue();
            assertThat(queue(api, "saarijarvi", "saarijarvi-mml")
                            .get("noDeskOpen")
                            .asBoolean())
                    .isTrue();

            api.login("saarijarvi-advisor1", "saarijarvi-remote"); // the remote room serves MML
            JsonNode second = api.issue("saarijarvi", "saarijarvi-mml-kiinteisto");
            assertThat(second.get("noDeskOpen").asBoolean()).isFalse();
            assertThat(second.get("estimatedWaitSeconds").asLong()).isEqualTo(6 * 60); // one ahead, 6 min default
            assertThat(second.get("estimateLowSeconds").asLong())
                    .isLessThanOrEqualTo(second.get("estimatedWaitSeconds").asLong());
            assertThat(second.get("estimateHighSeconds").asLong())
                    .isGreaterThanOrEqualTo(second.get("estimatedWaitSeconds").asLong());
            JsonNode q = queue(api, "saarijarvi", "saarijarvi-mml");
            assertThat(q.get("noDeskOpen").asBoolean()).isFalse();
            assertThat(q.get("estimatedWaitSeconds").asLong()).isEqualTo(2 * 6 * 60);

            // the displays hear of every queue sharing a desk with MML (their waits moved too), with the new figures
            List<JsonNode> updates = new ArrayList<>();
            try (SseReader r = new SseReader(
                    server.baseUrl() + "/api/v1/points/saarijarvi/events", "demo-display-saarijarvi", null)) {
                SseReader.Frame f;
                // the replay, read for at most 10 s: later traffic must not keep the check reading for minutes
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (System.nanoTime() < until && (f = r.nextEvent(Duration.ofSeconds(2))) != null) {
                    if (f.type().equals(EventTypes.QUEUE_UPDATED)) {
                        updates.add(Api.MAPPER.readTree(f.data()));
                    }
                }
            }
            assertThat(updates)
                    .extracting(u -> u.get("id").asText())
                    .contains("saarijarvi-mml", "saarijarvi-kela", "saarijarvi-vero", "saarijarvi-neuvonta");
            JsonNode lastKela = updates.stream()
                    .filter(u -> u.get("id").asText().equals("saarijarvi-kela"))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(lastKela.get("noDeskOpen").asBoolean()).isFalse(); // the remote room serves Kela too
        }
    }

    @Test
    void aTicketTakenTenMinutesBeforeOpeningWaitsAtLeastTenMinutesThoughAnAdvisorIsSignedIn() {
        // the demo points open at 09:00 on weekdays
        try (TestServer server = TestServer.start(Map.of(), TestServer.nextTuesdayAt(LocalTime.of(8, 50)))) {
            Api api = new Api(server.baseUrl());
            JsonNode early = api.issue("saarijarvi", "saarijarvi-mml-kiinteisto"); // nobody signed in yet
            assertThat(early.get("noDeskOpen").asBoolean()).isTrue();
            assertThat(early.get("estimatedWaitSeconds").asLong())
                    .as(early.toString())
                    .isBetween(9 * 60L, 11 * 60L);
            String advisor = api.login("saarijarvi-advisor1", "saarijarvi-remote");
            JsonNode t = api.issue("saarijarvi", "saarijarvi-mml-kiinteisto");
            // one ahead: the desk opens at 09:00 and takes six minutes with it (the default service time)
            assertThat(t.get("estimatedWaitSeconds").asLong()).as(t.toString()).isBetween(15 * 60L, 17 * 60L);
            assertThat(t.get("estimateLowSeconds").asLong()).isGreaterThanOrEqualTo(15 * 60L);
            assertThat(t.get("noDeskOpen").asBoolean()).isTrue();
            JsonNode q = queue(api, "saarijarvi", "saarijarvi-mml");
            assertThat(q.get("estimatedWaitSeconds").asLong()).isGreaterThanOrEqualTo(9 * 60L + 2 * 6 * 60L);

            // the phone page says the same estimate in words, in each citizen language, and follows the queue
            String code = t.get("trackingCode").asText();
            JsonNode before = api.get("/t/" + code + "/status?lang=so", null).json();
            assertThat(before.get("estimateMinutes").asInt()).isBetween(15, 17);
            assertThat(before.get("view").get("estimate").asText())
                    .isEqualTo("Sugitaanka la qiyaasay: "
                            + WaitWords.of(
                                    t.get("estimatedWaitSeconds").asLong(),
                                    t.get("estimateLowSeconds").asLong(),
                                    t.get("estimateHighSeconds").asLong(),
                                    true,
                                    "so"))
                    .contains("miis adeeg weli ma furna"); // "no desk is open yet"
            assertThat(api.post("/api/v1/points/saarijarvi/desks/saarijarvi-remote/call-next", advisor, null)
                            .status())
                    .isEqualTo(200);
            JsonNode after = api.get("/t/" + code + "/status?lang=ar", null).json();
            // first in line now, yet still not before 09:00 (the naive rule would say 0)
            assertThat(after.get("estimateMinutes").asInt()).isBetween(9, 11);
            assertThat(after.get("view").get("estimate").asText()).contains("مدة الانتظار المتوقعة: حوالي 10 دقيقة");
        }
    }
}
