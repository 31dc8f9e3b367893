package fi.luukku.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.SseReader;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new site set up through the API only, on an empty database (H2, and PostgreSQL when configured): first
 * administrator, a configuration file for a point with two authorities, device and staff credentials, a ticket
 * issued and called, a desk's queue order changed live, and bad input refused without any change.
 */
class AdminApiTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String CONFIG =
            """
            authorities:
            - id: kela
              shortName: Kela
              name: {fi: Kela, sv: FPA, en: Kela}
              baseFeeCents: 45000
            - id: vero
              shortName: Vero
              name: {fi: Verohallinto, sv: Skatteförvaltningen, en: Tax Administration}
            eventTypes:
            - id: short
              name: {fi: Lyhyt neuvonta, sv: Kort rådgivning, en: Short advice}
              nominalMinutes: 2
              shortcut: "1"
            unitPrices:
            - {id: kela-short-2026, authority: kela, eventType: short, validFrom: "2026-01-01", validTo: "2026-12-31", priceCents: 300}
            - {id: kela-short-2027, authority: kela, eventType: short, validFrom: "2027-01-01", priceCents: 350}
            points:
            - id: testila
              name: {fi: Testilän asiointipiste, sv: Servicepunkten i Testilä, en: Testilä service point}
              municipality: Testilä
              address: Testikatu 1
              languages: [fi, sv, en]
              timeZone: Europe/Helsinki
              authorities: [kela, vero]
              queues:
              - {id: testila-kela, prefix: K, authority: kela, name: {fi: Kela, sv: FPA, en: Kela}}
              - {id: testila-vero, prefix: V, authority: vero, name: {fi: Vero, sv: Skatt, en: Tax}, order: 1}
              services:
              - id: testila-kela-etuudet
                authority: kela
                queue: testila-kela
                name: {fi: Etuudet, sv: Förmåner, en: Benefits}
              - id: testila-vero-kortti
                authority: vero
                queue: testila-vero
                name: {fi: Verokortti, sv: Skattekort, en: Tax card}
                order: 1
              desks:
              - id: testila-1
                kind: COUNTER
                name: {fi: Palvelupiste 1, sv: Disk 1, en: Desk 1}
                queues: [{queue: testila-kela, priority: 1}, {queue: testila-vero, priority: 2}]
              lifeEvents:
              - id: testila-muutto
                icon: home
                name: {fi: Muutan, sv: Jag flyttar, en: I am moving}
                services: [testila-vero-kortti, testila-kela-etuudet]
              openingHours:
              - {id: testila-mon, weekday: 1, opens: "09:00", closes: "16:00"}
              - {id: testila-kela-mon, authority: kela, weekday: 1, opens: "10:00", closes: "12:00"}
              - {id: testila-xmas, date: "2026-12-24", closed: true, note: Jouluaatto}
              fees:
              - {id: testila-2026, validFrom: "2026-01-01", baseFeeCents: 100000, trainingCents: 20000}
            """;

    static TestServer server;
    static Api api;
    static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("demo", "false"));
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Api.Resp yaml(String action, String text) {
        OkHttpClient http =
                new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
        Request req = new Request.Builder()
                .url(server.baseUrl() + "/api/v1/admin/config/" + action)
                .header("Authorization", "Bearer " + admin)
                .post(RequestBody.create(text, MediaType.get("application/yaml")))
                .build();
        try (Response r = http.newCall(req).execute()) {
            return new Api.Resp(r.code(), r.body().string(), r.header("Content-Type"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String export() {
        return api.get("/api/v1/admin/config", admin).body();
    }

    static void refused(Api.Resp r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().path("field").asText()).as(r.toString()).isEqualTo(field);
    }

    @Test
    void aNewPointIsSetUpRunAndChangedThroughTheApiAlone() throws Exception {
        // first run: nobody can sign in until the first-run step made an administrator
        assertThat(new FirstAdmin(server.server().database()).administrators()).isZero();
        new FirstAdmin(server.server().database()).create("root", "Root", "a long admin password".toCharArray());
        admin = loginAs("root", "a long admin password", null);

        // diff changes nothing; apply does it all; a second apply changes nothing
        Api.Resp diff = yaml("diff", CONFIG);
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        assertThat(diff.json().path("applied").asBoolean()).isFalse();
        assertThat(diff.json().path("changes").size()).isEqualTo(16);
        assertThat(api.get("/api/v1/admin/points", admin).json().size()).isZero();
        Api.Resp applied = yaml("apply", CONFIG);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().path("changes").size()).isEqualTo(16);
        Api.Resp again = yaml("apply", CONFIG);
        assertThat(again.json().path("changes").size()).isZero();
        assertThat(api.get("/api/v1/admin/audit?point=testila", admin).json().size())
                .isGreaterThan(10);

        assertThat(api.get("/api/v1/points/testila/opening-hours", admin).body())
                .contains("testila-kela-mon")
                .contains("Jouluaatto");

        // devices and staff
        String kiosk = api.post("/api/v1/points/testila/devices", admin, Map.of("role", "KIOSK", "name", "kiosk1"))
                .json()
                .path("token")
                .asText();
        // the display pairs: it shows a code, the admin approves it, the display collects its own token once
        JsonNode asked = api.post("/api/v1/pairing", null, Map.of("description", "lobby display"))
                .json();
        String code = asked.path("code").asText();
        Map<String, String> secret = Map.of("secret", asked.path("secret").asText());
        assertThat(api.post("/api/v1/pairing/" + code + "/poll", null, secret).status())
                .isEqualTo(202);
        assertThat(api.get("/api/v1/admin/pairing", admin).body())
                .contains(code)
                .contains("lobby display");
        Api.Resp approved = api.post(
                "/api/v1/admin/pairing/" + code + "/approve",
                admin,
                Map.of("point", "testila", "role", "DISPLAY", "name", "display1"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body()).doesNotContain("token");
        assertThat(api.post("/api/v1/pairing/" + code + "/poll", null, Map.of("secret", "wrong"))
                        .status())
                .isEqualTo(401);
        Api.Resp collected = api.post("/api/v1/pairing/" + code + "/poll", null, secret);
        assertThat(collected.status()).isEqualTo(200);
        String display = collected.json().path("token").asText();
        assertThat(api.post("/api/v1/pairing/" + code + "/poll", null, secret).status())
                .isEqualTo(401);
        Api.Resp created = api.put(
                "/api/v1/admin/staff/neuvoja",
                admin,
                Map.of(
                        "role", "ADVISOR",
                        "point", "testila",
                        "displayName", "Neuvoja",
                        "password", "first password 1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        Api.Resp mustChange =
                api.post("/api/v1/auth/login", null, Map.of("username", "neuvoja", "password", "first password 1"));
        assertThat(mustChange.status()).isEqualTo(403);
        assertThat(mustChange.json().path("type").asText()).endsWith("password-change-required");
        assertThat(api.post(
                                "/api/v1/auth/change-password",
                                null,
                                Map.of(
                                        "username",
                                        "neuvoja",
                                        "password",
                                        "first password 1",
                                        "newPassword",
                                        "my own password"))
                        .status())
                .isEqualTo(204);
        String advisor = loginAs("neuvoja", "my own password", "testila-1");

        // a ticket issued at the kiosk and called at the desk: the Kela queue comes first at desk 1
        String k1 = issue(kiosk, "testila-kela-etuudet");
        String v1 = issue(kiosk, "testila-vero-kortti");
        Api.Resp call = api.post("/api/v1/points/testila/desks/testila-1/call-next", advisor, null);
        assertThat(call.json().path("id").asText()).isEqualTo(k1);
        assertThat(call.json().path("number").asText()).isEqualTo("K001");
        api.post("/api/v1/tickets/" + k1 + "/start", advisor, null);
        api.post("/api/v1/tickets/" + k1 + "/finish", advisor, Map.of());

        // the desk now calls the tax queue first: catalog.updated reaches the display, and call-next follows
        String k2 = issue(kiosk, "testila-kela-etuudet");
        JsonNode desk = api.get("/api/v1/admin/desks/testila-1", admin).json();
        ObjectNode changed = desk.deepCopy();
        changed.set(
                "queues",
                Api.MAPPER.valueToTree(List.of(
                        Map.of("queue", "testila-vero", "priority", 1),
                        Map.of("queue", "testila-kela", "priority", 2))));
        try (SseReader events = new SseReader(server.baseUrl() + "/api/v1/points/testila/events", display, null)) {
            SseReader.Frame f;
            Api.Resp put = api.put("/api/v1/admin/desks/testila-1", admin, changed);
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            do {
                f = events.nextEvent(WAIT);
            } while (f != null && !f.type().equals("catalog.updated"));
            assertThat(f).isNotNull();
            assertThat(f.data()).contains("desk");
        }
        Api.Resp next = api.post("/api/v1/points/testila/desks/testila-1/call-next", advisor, null);
        assertThat(next.json().path("id").asText()).isEqualTo(v1);
        assertThat(k2).isNotEqualTo(v1);

        // fleet health: a printer fault reaches the point's staff as device.alert (devices never get it) and shows
        // in the list
        try (SseReader events = new SseReader(server.baseUrl() + "/api/v1/points/testila/events", advisor, null)) {
            Map<String, Object> beat =
                    Map.of("version", "1.0", "uptimeSeconds", 60, "printer", "OK", "outboxBacklog", 0);
            assertThat(api.post("/api/v1/points/testila/heartbeat", kiosk, beat).status())
                    .isEqualTo(204);
            Map<String, Object> out = Map.of("version", "1.0", "uptimeSeconds", 90, "printer", "PAPER_OUT");
            assertThat(api.post("/api/v1/points/testila/heartbeat", kiosk, out).status())
                    .isEqualTo(204);
            SseReader.Frame f;
            do {
                f = events.nextEvent(WAIT);
            } while (f != null && !f.type().equals("device.alert"));
            assertThat(f).isNotNull();
            assertThat(f.data()).contains("kiosk1@testila").contains("PAPER_OUT");
        }
        refused(api.post("/api/v1/points/testila/heartbeat", kiosk, Map.of("printer", "ON_FIRE")), "printer");
        JsonNode fleet = api.get("/api/v1/points/testila/devices/health", admin).json();
        assertThat(fleet.toString()).contains("kiosk1@testila").contains("PAPER_OUT");
        assertThat(fleet.get(0).path("fault").asBoolean()).isTrue();

        // a stale version is a 409 and changes nothing
        Api.Resp stale = api.put("/api/v1/admin/desks/testila-1", admin, desk);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();

        // bad input: a problem naming the field, nothing changed
        String before = export();
        long audited = api.get("/api/v1/admin/audit?limit=1000", admin).json().size();
        refused(
                api.put(
                        "/api/v1/admin/services/testila-x",
                        admin,
                        Map.of(
                                "point", "testila",
                                "authority", "kela",
                                "queue", "nope",
                                "name", Map.of("fi", "x", "sv", "x", "en", "x"))),
                "queue");
        refused(
                api.put(
                        "/api/v1/admin/queues/testila-k2",
                        admin,
                        Map.of(
                                "point", "testila",
                                "prefix", "K",
                                "authority", "kela",
                                "name", Map.of("fi", "x", "sv", "x", "en", "x"))),
                "prefix");
        refused(
                api.put(
                        "/api/v1/admin/desks/testila-2",
                        admin,
                        Map.of(
                                "point",
                                "testila",
                                "kind",
                                "COUNTER",
                                "name",
                                Map.of("fi", "x", "sv", "x", "en", "x"),
                                "queues",
                                List.of())),
                "queues");
        refused(
                api.put(
                        "/api/v1/admin/unitPrices/kela-short-late",
                        admin,
                        Map.of(
                                "authority",
                                "kela",
                                "eventType",
                                "short",
                                "validFrom",
                                "2026-06-01",
                                "priceCents",
                                999)),
                "validFrom");
        refused(
                api.put(
                        "/api/v1/admin/openingHours/testila-tue",
                        admin,
                        Map.of("point", "testila", "weekday", 2, "opens", "16:00", "closes", "09:00")),
                "closes");
        String broken = CONFIG.replace("{queue: testila-vero, priority: 2}", "{queue: testila-nope, priority: 2}")
                .replace("address: Testikatu 1", "address: Testikatu 2");
        refused(yaml("apply", broken), "points[0].desks[0].queues[1].queue");
        assertThat(export()).isEqualTo(before);
        assertThat(api.get("/api/v1/admin/audit?limit=1000", admin).json().size())
                .isEqualTo(audited);
    }

    private static String issue(String kiosk, String service) {
        Api.Resp r = api.post(
                "/api/v1/points/testila/tickets",
                kiosk,
                Map.of("serviceId", service, "language", "fi", "specialNeeds", List.of()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private static String loginAs(String user, String password, String desk) {
        Map<String, String> body = desk == null
                ? Map.of("username", user, "password", password)
                : Map.of("username", user, "password", password, "deskId", desk);
        Api.Resp r = api.post("/api/v1/auth/login", null, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("token").asText();
    }
}
