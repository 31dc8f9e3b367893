package fi.luukku.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.support.Api;
import fi.luukku.service.support.RawHttp;
import fi.luukku.service.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 13's hardened edge: every refusal is problem+json with the right 4xx, and every answer has its headers. */
class HardenedEdgeTest {
    static TestServer server;
    static Api api;
    static RawHttp raw;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        raw = new RawHttp("127.0.0.1", server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final Map<String, String> KIOSK = Map.of("Authorization", "Bearer demo-kiosk-mikkeli");

    @Test
    void brokenPercentEscapesAreA400ProblemNotA500() throws Exception {
        for (String target : List.of(
                "/api/v1/points/%u002e/tickets",
                "/api/v1/points/%u002e%u002e/queues",
                "/t/%u002e",
                "/t/%zz",
                "/api/v1/points/mikkeli/queues?x=%u00",
                "/api/v1/points/%/tickets")) {
            RawHttp.Answer a = raw.send("GET", target, KIOSK, null);
            assertThat(a.status()).as(target + " " + a).isEqualTo(400);
            assertThat(a.isProblem()).as(target + " " + a).isTrue();
            assertThat(a.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void jettysOwnRejectionsAreProblemJson() throws Exception {
        RawHttp.Answer huge = raw.send("GET", "/api/v1/points", Map.of("X-Big", "a".repeat(64 * 1024)), null);
        assertThat(huge.status()).as(huge.toString()).isBetween(400, 499);
        assertThat(huge.isProblem()).as(huge.toString()).isTrue();
        RawHttp.Answer badPath = raw.send("GET", "/api/v1/points/%00/tickets", KIOSK, null);
        assertThat(badPath.status()).as(badPath.toString()).isBetween(400, 499);
        assertThat(badPath.isProblem()).as(badPath.toString()).isTrue();
        RawHttp.Answer dots = raw.send("GET", "/api/v1/points/%2e%2e/%2e%2e/t/x", KIOSK, null);
        assertThat(dots.status()).as(dots.toString()).isBetween(400, 499);
        assertThat(dots.isProblem()).as(dots.toString()).isTrue();
    }

    @Test
    void aBodyInAnotherMediaTypeIsA415() throws Exception {
        byte[] body = "{\"serviceId\":\"mikkeli-kela-etuudet\",\"language\":\"fi\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
            RawHttp.Answer a = raw.send(
                    "POST",
                    "/api/v1/points/mikkeli/tickets",
                    Map.of("Authorization", "Bearer demo-kiosk-mikkeli", "Content-Type", type),
                    body);
            assertThat(a.status()).as(type + " " + a).isEqualTo(415);
            assertThat(a.isProblem()).isTrue();
        }
        RawHttp.Answer none = raw.send("POST", "/api/v1/points/mikkeli/tickets", KIOSK, body);
        assertThat(none.status()).as(none.toString()).isEqualTo(415);
    }

    @Test
    void wrongJsonTypesAreRefusedNotCoerced() {
        for (Object rating : List.of(1.5, "5", true, List.of(5))) {
            Api.Resp r = api.post(
                    "/api/v1/points/mikkeli/feedback",
                    "demo-feedback-mikkeli",
                    Map.of("rating", rating, "language", "fi"),
                    java.util.UUID.randomUUID().toString());
            assertThat(r.status()).as("rating " + rating + ": " + r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        Api.Resp numberAsText = api.post(
                "/api/v1/points/mikkeli/tickets",
                "demo-kiosk-mikkeli",
                Map.of("serviceId", 42, "language", "fi"),
                java.util.UUID.randomUUID().toString());
        assertThat(numberAsText.status()).as(numberAsText.toString()).isEqualTo(400);
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherBodyIsA422() {
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> first = Map.of("rating", 4, "language", "fi");
        Api.Resp a = api.post("/api/v1/points/mikkeli/feedback", "demo-feedback-mikkeli", first, key);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        Api.Resp again = api.post("/api/v1/points/mikkeli/feedback", "demo-feedback-mikkeli", first, key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id")).isEqualTo(a.json().get("id"));
        Api.Resp other = api.post(
                "/api/v1/points/mikkeli/feedback", "demo-feedback-mikkeli", Map.of("rating", 1, "language", "fi"), key);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String target : List.of("/api/v1/points", "/api/v1/nowhere", "/api/v1/points/mikkeli/queues", "/health")) {
            RawHttp.Answer a = raw.send("GET", target, Map.of(), null);
            assertThat(a.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
            assertThat(a.header("Cache-Control")).as(target).contains("no-store");
        }
        RawHttp.Answer bad = raw.send("GET", "/t/%u002e", Map.of(), null);
        assertThat(bad.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
