package fi.luukku.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.RawHttp;
import fi.luukku.service.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Drives every route of {@code /openapi.json} with malformed input — broken path ids and escapes, bodies of the
 * wrong shape, type and size, odd content types, wrong credentials — for a bounded time, and requires that the
 * service never answers 5xx and answers every refusal as problem+json.
 */
class OpenApiFuzzTest {
    private static final long BUDGET_MILLIS = Long.getLong("luukku.fuzz.millis", 45_000);
    private static final int MAX_REQUESTS = 4_000;

    private static final List<String> BAD_IDS = List.of(
            "%u002e",
            "%2e%2e",
            "..",
            "%00",
            "%ff%fe",
            "x".repeat(300),
            "%27%20OR%201%3D1--",
            "%E2%80%AE",
            "-1",
            "9999999999999999999999",
            "%25",
            "%",
            "mikkeli%2Fkiiminki",
            "null");
    private static final List<String> BAD_BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "\"text\"",
            "42",
            "{\"rating\":1.5}",
            "{\"rating\":\"5\",\"language\":7}",
            "{\"serviceId\":[],\"language\":{}}",
            "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
            "{\"deskId\":\"" + "d".repeat(5000) + "\"}",
            "{\"specialNeeds\":\"READING\",\"count\":1e400}",
            "{\"x\":1}{\"y\":2}",
            "{\"text\":\"\\ud800\"}",
            "{\"messages\":[{\"text\":null}]}");
    private static final List<String> CONTENT_TYPES =
            List.of("application/json", "text/plain", "application/json; charset=latin1", "multipart/form-data");

    @Test
    void malformedInputOnEveryRouteNeverGivesA5xxAndAlwaysProblemJson() throws Exception {
        try (TestServer server = TestServer.start()) {
            Api api = new Api(server.baseUrl());
            String admin = api.login("admin");
            List<String> tokens = new ArrayList<>();
            tokens.add(null);
            tokens.add("demo-kiosk-mikkeli");
            tokens.add("demo-display-mikkeli");
            tokens.add(admin);
            tokens.add("not-a-token");
            JsonNode paths = api.get("/openapi.json", null).json().get("paths");
            List<String[]> routes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                p.getValue().fieldNames().forEachRemaining(m -> routes.add(new String[] {m.toUpperCase(), p.getKey()}));
            }
            assertThat(routes).hasSizeGreaterThan(40);
            RawHttp raw = new RawHttp("127.0.0.1", server.port());
            Random random = new Random(13);
            List<String> failures = new ArrayList<>();
            long end = System.currentTimeMillis() + BUDGET_MILLIS;
            int sent = 0;
            while (sent < MAX_REQUESTS && System.currentTimeMillis() < end && failures.size() < 20) {
                String[] route = routes.get(sent % routes.size());
                String target = route[1].replaceAll("\\{[^}]+}", BAD_IDS.get(random.nextInt(BAD_IDS.size())));
                if (random.nextInt(4) == 0) {
                    target += "?day=" + BAD_IDS.get(random.nextInt(BAD_IDS.size()));
                }
                Map<String, String> headers = new LinkedHashMap<>();
                String token = tokens.get(random.nextInt(tokens.size()));
                if (token != null) {
                    headers.put("Authorization", "Bearer " + token);
                }
                if (random.nextInt(5) == 0) {
                    headers.put("Idempotency-Key", random.nextBoolean() ? "k-" + random.nextInt(5) : "\u00e4\u00e4");
                }
                if (random.nextInt(6) == 0) {
                    headers.put("Last-Event-ID", BAD_IDS.get(random.nextInt(BAD_IDS.size())));
                }
                byte[] body = null;
                boolean hasBody = !route[0].equals("GET") && !route[0].equals("DELETE");
                if (hasBody) {
                    body = BAD_BODIES.get(random.nextInt(BAD_BODIES.size())).getBytes(StandardCharsets.UTF_8);
                    headers.put("Content-Type", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())));
                }
                if (target.endsWith("/events") && route[0].equals("GET")) {
                    // a valid stream never ends; only its refusals are of interest here
                    headers.remove("Authorization");
                }
                RawHttp.Answer a = raw.send(route[0], target, headers, body);
                sent++;
                if (a.status() >= 500) {
                    failures.add(route[0] + " " + target + " -> " + a);
                } else if (a.status() >= 400 && !a.isProblem() && !target.startsWith("/t/")) {
                    // the phone's tracking page (/t/{code}) answers a person, in HTML, also when it refuses
                    failures.add(route[0] + " " + target + " (not problem+json) -> " + a);
                }
            }
            assertThat(failures).as("answers to malformed input").isEmpty();
            assertThat(sent).as("requests sent within the budget").isGreaterThan(routes.size() * 3);
        }
    }
}
