package fi.luukku.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ticket lifecycle, illegal moves, transfers and chains, over real HTTP. */
class QueueEngineTest {
    static TestServer server;
    static Api api;
    static String advisor;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of(), TestServer.nextTuesdayAt(LocalTime.of(10, 0))); // demo points are open
        api = new Api(server.baseUrl());
        advisor = api.login("supervisor"); // may act at every desk of mikkeli
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode act(String ticketId, String action, int expected) {
        Api.Resp r = api.post("/api/v1/tickets/" + ticketId + "/" + action, advisor, null);
        assertThat(r.status()).as(action + " " + r).isEqualTo(expected);
        return r.json();
    }

    private static String status(String ticketId) {
        return api.get("/api/v1/tickets/" + ticketId, advisor)
                .json()
                .get("status")
                .asText();
    }

    @Test
    void numbersArePrefixLetterAndThreeDigitDailySequencePerQueue() {
        JsonNode a = api.issue("mikkeli", "mikkeli-dvv-muutto");
        JsonNode b = api.issue("mikkeli", "mikkeli-dvv-muutto");
        JsonNode c = api.issue("mikkeli", "mikkeli-mml-kiinteisto");
        assertThat(a.get("number").asText()).matches("D\\d{3}");
        int n = Integer.parseInt(a.get("number").asText().substring(1));
        assertThat(b.get("number").asText()).isEqualTo(String.format("D%03d", n + 1));
        assertThat(c.get("number").asText()).startsWith("L");
        assertThat(a.get("status").asText()).isEqualTo("WAITING");
        assertThat(a.get("trackingCode").asText()).isNotBlank();
        assertThat(b.get("peopleAhead").asInt()).isEqualTo(a.get("peopleAhead").asInt() + 1);
    }

    @Test
    void aTicketLivesFromWaitingToFinished() {
        JsonNode t = api.issue("mikkeli", "mikkeli-poliisi-passi");
        String id = t.get("id").asText();
        Api.Resp called = api.post("/api/v1/tickets/" + id + "/call", advisor, Map.of("deskId", "mikkeli-4"));
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().get("status").asText()).isEqualTo("CALLED");
        assertThat(called.json().get("deskId").asText()).isEqualTo("mikkeli-4");
        assertThat(act(id, "recall", 200).get("recalls").asInt()).isEqualTo(1);
        assertThat(act(id, "start", 200).get("status").asText()).isEqualTo("SERVING");
        Api.Resp fin = api.post(
                "/api/v1/tickets/" + id + "/finish",
                advisor,
                Map.of(
                        "outcome",
                        "HANDLED",
                        "assessment",
                        4,
                        "serviceEvents",
                        List.of(Map.of("typeId", "short-advice", "count", 1))));
        assertThat(fin.status()).as(fin.toString()).isEqualTo(200);
        assertThat(fin.json().get("status").asText()).isEqualTo("FINISHED");
        // finished is final: every further move is refused and changes nothing
        for (String action : List.of("recall", "start", "no-show", "park", "unpark", "cancel", "finish")) {
            Api.Resp r = api.post("/api/v1/tickets/" + id + "/" + action, advisor, Map.of());
            assertThat(r.status()).as(action).isEqualTo(409);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(status(id)).isEqualTo("FINISHED");
    }

    @Test
    void illegalTransitionsAreRefusedWith409AndChangeNothing() {
        String id = api.issue("mikkeli", "mikkeli-vero-verokortti").get("id").asText();
        for (String action : List.of("recall", "start", "no-show", "unpark")) {
            Api.Resp r = api.post("/api/v1/tickets/" + id + "/" + action, advisor, null);
            assertThat(r.status()).as(action).isEqualTo(409);
            assertThat(r.json().get("type").asText()).endsWith("illegal-transition");
        }
        JsonNode after = api.get("/api/v1/tickets/" + id, advisor).json();
        assertThat(after.get("status").asText()).isEqualTo("WAITING");
        assertThat(after.get("recalls").asInt()).isZero();
        assertThat(after.has("deskId")).isFalse();
    }

    @Test
    void aCalledCustomerBecomesNoShowAutomaticallyAfterTheConfiguredRecalls() {
        String id = api.issue("mikkeli", "mikkeli-migri-oleskelu").get("id").asText();
        api.post("/api/v1/tickets/" + id + "/call", advisor, Map.of("deskId", "mikkeli-remote"));
        for (int i = 1; i <= 3; i++) {
            assertThat(act(id, "recall", 200).get("recalls").asInt()).isEqualTo(i);
        }
        assertThat(act(id, "recall", 200).get("status").asText()).isEqualTo("NO_SHOW");
        act(id, "recall", 409);
    }

    @Test
    void noShowByTheAdvisor() {
        String id = api.issue("mikkeli", "mikkeli-te-tyonhaku").get("id").asText();
        api.post("/api/v1/tickets/" + id + "/call", advisor, Map.of("deskId", "mikkeli-remote"));
        assertThat(act(id, "no-show", 200).get("status").asText()).isEqualTo("NO_SHOW");
    }

    @Test
    void parkedTicketReturnsToItsOldPlace() {
        String first = api.issue("mikkeli", "mikkeli-kunta-palvelut").get("id").asText();
        api.issue("mikkeli", "mikkeli-kunta-palvelut");
        assertThat(act(first, "park", 200).get("status").asText()).isEqualTo("PARKED");
        JsonNode back = act(first, "unpark", 200);
        assertThat(back.get("status").asText()).isEqualTo("WAITING");
        assertThat(back.get("peopleAhead").asInt())
                .isLessThanOrEqualTo(api.get("/api/v1/points/mikkeli/tickets", advisor)
                        .json()
                        .size());
        assertThat(act(first, "cancel", 200).get("status").asText()).isEqualTo("CANCELLED");
        act(first, "cancel", 409);
    }

    @Test
    void transferKeepsTheNumberAndCanPutTheCustomerFirst() {
        api.issue("kiiminki", "kiiminki-kela-etuudet");
        api.issue("kiiminki", "kiiminki-kela-etuudet");
        JsonNode t = api.issue("kiiminki", "kiiminki-neuvonta-en-tieda");
        String id = t.get("id").asText();
        String admin = api.login("admin");
        Api.Resp moved = api.post(
                "/api/v1/tickets/" + id + "/transfer",
                admin,
                Map.of("queueId", "kiiminki-kela", "toFront", true, "notes", "needs housing allowance"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("number").asText())
                .isEqualTo(t.get("number").asText());
        assertThat(moved.json().get("queueId").asText()).isEqualTo("kiiminki-kela");
        assertThat(moved.json().get("status").asText()).isEqualTo("WAITING");
        assertThat(moved.json().get("peopleAhead").asInt()).isZero();
        assertThat(moved.json().get("notes").asText()).contains("housing");
        Api.Resp bad = api.post("/api/v1/tickets/" + id + "/transfer", admin, Map.of("queueId", "mikkeli-kela"));
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void aServiceChainMovesTheSameNumberToTheNextQueue() {
        String admin = api.login("admin");
        Api.Resp r = api.post(
                "/api/v1/points/parainen/tickets",
                "demo-kiosk-parainen",
                Map.of("serviceId", "parainen-migri-oleskelu", "language", "sv", "plan", List.of("parainen-dvv")));
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asText();
        api.post("/api/v1/tickets/" + id + "/call", admin, Map.of("deskId", "parainen-remote"));
        Api.Resp fin = api.post("/api/v1/tickets/" + id + "/finish", admin, Map.of("outcome", "HANDLED"));
        assertThat(fin.status()).isEqualTo(200);
        assertThat(fin.json().get("status").asText()).isEqualTo("WAITING");
        assertThat(fin.json().get("queueId").asText()).isEqualTo("parainen-dvv");
        assertThat(fin.json().get("number").asText())
                .isEqualTo(r.json().get("number").asText());
        assertThat(fin.json().get("plan")).isEmpty();
    }

    @Test
    void callNextAnswers204WhenNobodyWaitsAnd404ForAnUnknownDesk() {
        String admin = api.login("admin");
        // pelkosenniemi-remote serves Kela, Vero, TE: drain and then expect 204
        for (int i = 0; i < 50; i++) {
            Api.Resp r = api.post("/api/v1/points/pelkosenniemi/desks/pelkosenniemi-remote/call-next", admin, null);
            if (r.status() == 204) {
                break;
            }
            assertThat(r.status()).isEqualTo(200);
        }
        assertThat(api.post("/api/v1/points/pelkosenniemi/desks/pelkosenniemi-remote/call-next", admin, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/points/pelkosenniemi/desks/nope/call-next", admin, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/points/pelkosenniemi/desks/mikkeli-1/call-next", admin, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void queuesShowWaitingCountsAndEstimatesFromOpenDesks() {
        api.issue("saarijarvi", "saarijarvi-mml-kiinteisto");
        api.issue("saarijarvi", "saarijarvi-mml-kiinteisto");
        api.login("saarijarvi-advisor1", "saarijarvi-remote"); // the remote room (serves MML) is now open
        JsonNode queues = api.get("/api/v1/points/saarijarvi/queues", "demo-display-saarijarvi")
                .json();
        JsonNode mml = null;
        for (JsonNode q : queues) {
            if (q.get("id").asText().equals("saarijarvi-mml")) {
                mml = q;
            }
        }
        assertThat(mml).isNotNull();
        assertThat(mml.get("waiting").asInt()).isEqualTo(2);
        assertThat(mml.get("openDesks").asInt()).isEqualTo(1);
        assertThat(mml.get("estimatedWaitSeconds").asLong()).isEqualTo(2 * 6 * 60); // default 6 min per customer
        assertThat(mml.get("prefix").asText()).isEqualTo("L");
    }
}
