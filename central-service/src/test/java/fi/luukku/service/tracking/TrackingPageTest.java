package fi.luukku.service.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The citizen's phone page and its live status, through real HTTP against a started service. */
class TrackingPageTest {
    static TestServer server;
    static Api api;
    static String admin;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        admin = api.login("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode issue(String point, String service, String language, List<String> needs) {
        Api.Resp r = api.post(
                "/api/v1/points/" + point + "/tickets",
                "demo-kiosk-" + point,
                Map.of("serviceId", service, "language", language, "specialNeeds", needs));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static JsonNode status(String code, String lang) throws IOException {
        HttpResponse<String> r = get("/t/" + code + "/status?lang=" + lang);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return Api.MAPPER.readTree(r.body());
    }

    @Test
    void thePageIsLiveHtmlInTheTicketsLanguageWithAStrictPolicyAndNoInlineScript() {
        JsonNode t = issue("parainen", "parainen-vero-verokortti", "sv", List.of());
        HttpResponse<String> page = get("/t/" + t.get("trackingCode").asText(), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'none'")
                .contains("script-src 'self'")
                .contains("connect-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        String html = page.body();
        assertThat(html)
                .contains("<html lang=\"sv\" dir=\"ltr\">")
                .contains("Ditt könummer")
                .contains(t.get("number").asText())
                .contains("Tjänst: ")
                .contains("aria-live=\"polite\"")
                .contains("<script src=\"/tracking/tracking.js\" defer></script>")
                .doesNotContain("http-equiv=\"refresh\"")
                .doesNotContainPattern("(?i)\\son[a-z]+=")
                .doesNotContainPattern("<script>")
                .doesNotContain("style=");
        assertThat(html.length()).isLessThan(6000);
        assertThat(get("/t/" + t.get("trackingCode").asText() + "?lang=en").body())
                .contains("Your queue number")
                .contains("<html lang=\"en\"");
    }

    @Test
    void theStatusFollowsACallATransferAndANoShowAndCarriesNoPersonalData() throws IOException {
        JsonNode t = issue("mikkeli", "mikkeli-kela-etuudet", "fi", List.of("HEARING"));
        String code = t.get("trackingCode").asText();
        String id = t.get("id").asText();

        JsonNode waiting = status(code, "en");
        assertThat(waiting.get("number").asText()).isEqualTo(t.get("number").asText());
        assertThat(waiting.get("state").asText()).isEqualTo("WAITING");
        assertThat(waiting.get("open").asBoolean()).isTrue();
        assertThat(waiting.get("position").isInt()).isTrue();
        assertThat(waiting.get("estimateMinutes").isInt()).isTrue();
        assertThat(waiting.get("service").asText()).isNotBlank();
        assertThat(waiting.get("transferred").asBoolean()).isFalse();
        assertThat(waiting.get("view").get("position").asText()).startsWith("People ahead of you: ");
        Set<String> fields = new HashSet<>();
        waiting.fieldNames().forEachRemaining(fields::add);
        assertThat(fields) // the answer leaves out what does not apply (here the desk)
                .isSubsetOf(
                        "number",
                        "state",
                        "open",
                        "point",
                        "service",
                        "desk",
                        "position",
                        "estimateMinutes",
                        "transferred",
                        "lang",
                        "view");
        assertThat(waiting.toString()).doesNotContain(code, id, "HEARING", "specialNeeds", "trackingCode");

        Api.Resp called = api.post("/api/v1/tickets/" + id + "/call", admin, Map.of("deskId", "mikkeli-2"));
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        JsonNode c = status(code, "fi");
        assertThat(c.get("state").asText()).isEqualTo("CALLED");
        assertThat(c.get("desk").asText()).isNotBlank();
        assertThat(c.get("view").get("desk").asText()).startsWith("Mene: ");
        assertThat(c.get("view").get("announce").asText()).contains("Nyt on sinun vuorosi!");

        Api.Resp moved = api.post("/api/v1/tickets/" + id + "/transfer", admin, Map.of("queueId", "mikkeli-poliisi"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode m = status(code, "en");
        assertThat(m.get("transferred").asBoolean()).isTrue();
        assertThat(m.get("state").asText()).isEqualTo("WAITING");
        assertThat(m.get("service").asText()).isEqualTo("Police permit services");
        assertThat(m.get("view").get("service").asText()).isEqualTo("Moved to another queue: Police permit services");
        assertThat(m.get("view").get("announce").asText()).contains("Moved to another queue");
        assertThat(get("/t/" + code + "?lang=en").body()).contains("Moved to another queue: Police permit services");

        api.post("/api/v1/tickets/" + id + "/call", admin, Map.of("deskId", "mikkeli-2"));
        Api.Resp gone = api.post("/api/v1/tickets/" + id + "/no-show", admin, null);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(200);
        JsonNode n = status(code, "sv");
        assertThat(n.get("state").asText()).isEqualTo("NO_SHOW");
        assertThat(n.get("open").asBoolean()).isFalse();
        assertThat(n.get("view").get("advice").asText()).contains("ta ett nytt nummer");
        assertThat(get("/t/" + code).body()).contains("ota uusi vuoronumero");
    }

    @Test
    void anUnknownCodeIsAnHtmlPageInTheReadersLanguageAndItsStatusAProblem() {
        HttpResponse<String> sv = get("/t/NOPE1234", "Accept-Language", "sv-FI,sv;q=0.9,en;q=0.8");
        assertThat(sv.statusCode()).isEqualTo(404);
        assertThat(sv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(sv.body())
                .contains("<html lang=\"sv\"")
                .contains("Numret hittades inte")
                .doesNotContain("{");
        assertThat(sv.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        HttpResponse<String> json = get("/t/NOPE1234", "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).startsWith("<!DOCTYPE html>");
        HttpResponse<String> ar = get("/t/x?lang=ar");
        assertThat(ar.statusCode()).isEqualTo(404);
        assertThat(ar.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("لم يتم العثور على الرقم");
        HttpResponse<String> status = get("/t/NOPE1234/status");
        assertThat(status.statusCode()).isEqualTo(404);
        assertThat(status.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void theScriptAndStyleSheetAreServedFromTheService() {
        HttpResponse<String> js = get("/tracking/tracking.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(js.body()).contains("fetch(").contains("aria-live").doesNotContain("eval(");
        HttpResponse<String> css = get("/tracking/tracking.css");
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
    }

    @Test
    void everyLanguageHasEveryText() {
        ResourceBundle base = ResourceBundle.getBundle(
                "fi.luukku.service.tracking.tracking",
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String lang : TrackingTexts.LANGUAGES) {
            TrackingTexts t = TrackingTexts.of(lang);
            assertThat(t.lang()).isEqualTo(lang);
            for (String key : base.keySet()) {
                assertThat(t.get(key, "X")).as(lang + " " + key).isNotBlank();
            }
            assertThat(t.get("lang.name")).as(lang).isNotEqualTo(lang.equals("en") ? "" : "English");
            // each language's own file holds every text: nothing falls back to English on a citizen's phone
            java.util.Properties own = new java.util.Properties();
            try (var in = TrackingTexts.class.getResourceAsStream(
                    "/fi/luukku/service/tracking/tracking_" + lang + ".properties")) {
                assertThat(in).as(lang).isNotNull();
                own.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(own.stringPropertyNames()).as(lang).containsAll(base.keySet());
        }
        assertThat(TrackingTexts.of("ar").direction()).isEqualTo("rtl");
        assertThat(TrackingTexts.fromAcceptLanguage("de-DE,uk;q=0.8")).hasValue("uk");
    }
}
