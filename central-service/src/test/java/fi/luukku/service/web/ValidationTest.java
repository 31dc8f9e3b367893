package fi.luukku.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Malformed, oversized and wrongly typed bodies on every route with a body get 400 problem+json, never a 500. */
class ValidationTest {
    static TestServer server;
    static Api api;
    static String admin;
    static Map<String, String> ids;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        admin = api.login("admin");
        String ticket = api.issue("mikkeli", "mikkeli-kela-etuudet").get("id").asText();
        String incident = api.post(
                        "/api/v1/points/mikkeli/incidents", admin, Map.of("category", "NOISE", "severity", 1))
                .json()
                .get("id")
                .asText();
        String appointment = api.post(
                        "/api/v1/points/mikkeli/appointments",
                        admin,
                        Map.of(
                                "authorityId",
                                "kela",
                                "startsAt",
                                Instant.now().plusSeconds(3600).toString()))
                .json()
                .get("id")
                .asText();
        ids = Map.of(
                "tickets",
                ticket,
                "incidents",
                incident,
                "appointments",
                appointment,
                "help",
                "x",
                "admin",
                "mikkeli-kela");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(RouteSpec r) {
        String p = r.path()
                .replace("{point}", "mikkeli")
                .replace("{desk}", "mikkeli-1")
                .replace("{code}", "X")
                .replace("{kind}", "queues")
                .replace("{username}", "advisor1")
                .replace("{service}", "mikkeli-kela-etuudet")
                .replace(
                        "{day}",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"))
                                .toString());
        if (p.contains("{id}")) {
            p = p.replace("{id}", ids.get(p.split("/")[3]));
        }
        return p;
    }

    private static String token(RouteSpec r) {
        if (r.roles() == null || r.roles().contains("ADMIN")) {
            return admin;
        }
        return r.roles().contains("KIOSK") ? "demo-kiosk-mikkeli" : "demo-feedback-mikkeli";
    }

    private static List<RouteSpec> bodyRoutes() {
        return server.server().routes().stream()
                .filter(r -> r.request() != null)
                .toList();
    }

    private static void expect400(List<String> wrong, RouteSpec r, String what, Api.Resp resp) {
        if (resp.status() != 400 || !resp.isProblem()) {
            wrong.add(r.method() + " " + r.path() + " " + what + " -> " + resp);
        }
    }

    @Test
    void malformedEmptyAndNonObjectBodiesAre400Problems() {
        List<String> wrong = new ArrayList<>();
        for (RouteSpec r : bodyRoutes()) {
            for (String body : List.of("{\"a\":", "[1,2,3]", "\"text\"", "null", "not json at all", "{}}")) {
                expect400(wrong, r, body, api.call(r.method(), path(r), token(r), body, Map.of()));
            }
            expect400(wrong, r, "empty", api.call(r.method(), path(r), token(r), new byte[0], Map.of()));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void oversizedBodiesAre400ProblemsOnEveryRoute() {
        String big = "{\"comment\":\"" + "x".repeat(70_000) + "\"}";
        List<String> wrong = new ArrayList<>();
        for (RouteSpec r : server.server().routes()) {
            if (r.method().equals("GET")) {
                continue;
            }
            Api.Resp resp = api.call(r.method(), path(r), token(r), big, Map.of());
            expect400(wrong, r, "oversized", resp);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWronglyTypedValueInAnyFieldIsA400ProblemNamingTheField() {
        List<String> wrong = new ArrayList<>();
        for (RouteSpec r : bodyRoutes()) {
            if (!r.request().isRecord()) {
                continue; // a free-form JSON object (the management API) has no typed fields to get wrong
            }
            for (RecordComponent c : r.request().getRecordComponents()) {
                Object bad = wrongValueFor(c.getGenericType());
                Api.Resp resp = api.call(r.method(), path(r), token(r), Map.of(c.getName(), bad), Map.of());
                expect400(wrong, r, c.getName() + "=" + bad, resp);
                if (resp.status() == 400 && resp.isProblem() && !resp.json().has("field")) {
                    wrong.add(r.path() + " " + c.getName() + ": no field in " + resp);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Object wrongValueFor(Type t) {
        Class<?> raw = t instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) t;
        if (raw == String.class) {
            return Map.of("nested", 1);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "abc";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "maybe";
        }
        if (raw == Instant.class || raw == java.time.LocalDate.class) {
            return "not-a-date";
        }
        if (List.class.isAssignableFrom(raw)) {
            return 5;
        }
        return 5;
    }

    @Test
    void outOfRangeAndUnknownValuesAre400() {
        String p = "/api/v1/points/mikkeli";
        assertThat(api.post(p + "/feedback", "demo-feedback-mikkeli", Map.of("rating", 9, "language", "fi"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(p + "/feedback", "demo-feedback-mikkeli", Map.of("rating", 3, "language", "xx"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(p + "/feedback", "demo-feedback-mikkeli", Map.of("rating", 3))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                p + "/tickets",
                                "demo-kiosk-mikkeli",
                                Map.of("serviceId", "mikkeli-kela-etuudet", "specialNeeds", List.of("FLYING")))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(p + "/tickets", "demo-kiosk-mikkeli", Map.of("serviceId", "kiiminki-kela-etuudet"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(p + "/tickets", "demo-kiosk-mikkeli", Map.of("serviceId", "x".repeat(500)))
                        .status())
                .isEqualTo(400);
        Api.Resp longKey = api.call(
                "POST",
                p + "/tickets",
                "demo-kiosk-mikkeli",
                Map.of("serviceId", "mikkeli-kela-etuudet"),
                Map.of("Idempotency-Key", "k".repeat(200)));
        assertThat(longKey.status()).isEqualTo(400);
        assertThat(api.put("/api/v1/tickets/" + ids.get("tickets") + "/triage", admin, Map.of("supportLevel", 7))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(p + "/stats/daily?day=yesterday", admin).status()).isEqualTo(400);
        assertThat(api.get(p + "/reports/billing?month=13-2026", admin).status())
                .isEqualTo(400);
    }

    @Test
    void unknownIdsAndRoutesAre404Problems() {
        Api.Resp r = api.post("/api/v1/tickets/does-not-exist/start", admin, null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(api.get("/api/v1/points/atlantis/queues", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/nothing-here", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/nothing-here", admin).isProblem()).isTrue();
        assertThat(api.get("/api/v1/tickets/" + "%2e%2e%2f".repeat(5), admin).status())
                .isIn(400, 404);
        assertThat(api.get("/t/NOPE", null).status()).isEqualTo(404);
    }
}
