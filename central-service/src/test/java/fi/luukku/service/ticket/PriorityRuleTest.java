package fi.luukku.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Priority customers go first, but never more than the cap past the same waiting customer. */
class PriorityRuleTest {
    @Test
    void atMostTheCapOfPriorityTicketsPassAWaitingNormalOne() {
        try (TestServer server = TestServer.start(Map.of("queue.priorityCap", "2"))) {
            Api api = new Api(server.baseUrl());
            String s = "kiiminki-vero-verokortti"; // queue V; desk kiiminki-remote serves it alone at priority 1
            String n1 = api.issue("kiiminki", s).get("number").asText();
            String p1 = api.issue("kiiminki", s, "MOBILITY").get("number").asText();
            String p2 = api.issue("kiiminki", s, "SIGHT").get("number").asText();
            String p3 = api.issue("kiiminki", s, "MOBILITY").get("number").asText();
            String n2 = api.issue("kiiminki", s).get("number").asText();
            String advisor = api.login("kiiminki-advisor1");
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Api.Resp r = api.post("/api/v1/points/kiiminki/desks/kiiminki-remote/call-next", advisor, null);
                assertThat(r.status()).isEqualTo(200);
                order.add(r.json().get("number").asText());
            }
            assertThat(order).containsExactly(p1, p2, n1, p3, n2);
        }
    }

    @Test
    void theCapCountsPassesAcrossAllQueuesADeskServesAtOneLevel() {
        try (TestServer server = TestServer.start(Map.of("queue.priorityCap", "2"))) {
            Api api = new Api(server.baseUrl());
            // kiiminki-remote serves Kela and Vero (and more) at priority 1
            String n1 =
                    api.issue("kiiminki", "kiiminki-kela-etuudet").get("number").asText();
            String p1 = api.issue("kiiminki", "kiiminki-vero-verokortti", "MOBILITY")
                    .get("number")
                    .asText();
            String p2 = api.issue("kiiminki", "kiiminki-vero-verokortti", "SIGHT")
                    .get("number")
                    .asText();
            String p3 = api.issue("kiiminki", "kiiminki-vero-verokortti", "MOBILITY")
                    .get("number")
                    .asText();
            String advisor = api.login("kiiminki-advisor1");
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Api.Resp r = api.post("/api/v1/points/kiiminki/desks/kiiminki-remote/call-next", advisor, null);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                order.add(r.json().get("number").asText());
            }
            assertThat(order).containsExactly(p1, p2, n1, p3);
        }
    }

    @Test
    void aDeskServesItsHigherPriorityQueuesFirstAndDueAppointmentsBeforeAll() {
        try (TestServer server = TestServer.start()) {
            Api api = new Api(server.baseUrl());
            // mikkeli-3 serves Kela at priority 1 and general advice at priority 2
            String advice =
                    api.issue("mikkeli", "mikkeli-neuvonta-yleis").get("number").asText();
            String kela =
                    api.issue("mikkeli", "mikkeli-kela-etuudet").get("number").asText();
            String booking = "demo-booking-mikkeli";
            Api.Resp a = api.post(
                    "/api/v1/points/mikkeli/appointments",
                    booking,
                    Map.of(
                            "authorityId",
                            "neuvonta",
                            "startsAt",
                            java.time.Instant.now().toString()));
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
            Api.Resp in = api.post(
                    "/api/v1/points/mikkeli/check-in",
                    "demo-kiosk-mikkeli",
                    Map.of("bookingCode", a.json().get("bookingCode").asText(), "language", "en"));
            assertThat(in.status()).as(in.toString()).isEqualTo(201);
            String appt = in.json().get("number").asText();
            String advisor = api.login("advisor1", "mikkeli-3");
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                order.add(api.post("/api/v1/points/mikkeli/desks/mikkeli-3/call-next", advisor, null)
                        .json()
                        .get("number")
                        .asText());
            }
            assertThat(order).containsExactly(appt, kela, advice);
        }
    }
}
