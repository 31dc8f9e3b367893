package fi.luukku.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The citizen's phone page in a real browser: headless Chromium (driven by playwright-core) runs axe-core against
 * the page of a waiting, a called, a transferred and a no-show ticket and an unknown code, at 320 px and 1280 px,
 * and fails on any WCAG 2.1 A/AA or best-practice violation, any script or Content-Security-Policy error, or a page
 * that scrolls sideways. A second test watches the page announce a call without reloading.
 *
 * <p>Needs {@code node} and Chromium ({@code CHROMIUM} or /usr/bin/chromium) and {@code npm ci} in
 * {@code system-tests/axe} (CI's {@code .ci/run} does all three); skipped with a message otherwise.
 */
@DisabledOnOs(OS.WINDOWS)
class PhonePageAxeTest {
    static TestServer server;
    static Api api;
    static String admin;
    static Path axeDir;

    @BeforeAll
    static void start() {
        axeDir = LauncherServerTest.projectRoot().resolve("system-tests/axe");
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assumeTrue(
                commandWorks("node", "--version"),
                "PhonePageAxeTest skipped: 'node' is not installed (apt-get install nodejs npm; .ci/run does)");
        assumeTrue(
                Files.isExecutable(Path.of(chromium)),
                "PhonePageAxeTest skipped: no Chromium at " + chromium
                        + " (apt-get install chromium, or set CHROMIUM)");
        assumeTrue(
                Files.isDirectory(axeDir.resolve("node_modules/axe-core"))
                        && Files.isDirectory(axeDir.resolve("node_modules/playwright-core")),
                "PhonePageAxeTest skipped: run 'npm ci' in system-tests/axe first");
        server = TestServer.start();
        api = new Api(server.baseUrl());
        admin = api.login("admin");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyStateOfThePageAndAnUnknownCodePassAxeAt320And1280Pixels() throws Exception {
        String waiting = issue("mikkeli", "mikkeli-kela-etuudet", "fi")
                .get("trackingCode")
                .asText();
        JsonNode c = issue("mikkeli", "mikkeli-vero-verokortti", "sv");
        call(c);
        JsonNode m = issue("mikkeli", "mikkeli-neuvonta-en-tieda", "en");
        assertThat(api.post(
                                "/api/v1/tickets/" + m.get("id").asText() + "/transfer",
                                admin,
                                Map.of("queueId", "mikkeli-kela"))
                        .status())
                .isEqualTo(200);
        JsonNode n = issue("parainen", "parainen-kela-etuudet", "sv");
        assertThat(api.post("/api/v1/tickets/" + n.get("id").asText() + "/call", admin, Map.of("deskId", "parainen-1"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/tickets/" + n.get("id").asText() + "/no-show", admin, null)
                        .status())
                .isEqualTo(200);

        List<String> paths = List.of(
                "/t/" + waiting,
                "/t/" + c.get("trackingCode").asText(),
                "/t/" + m.get("trackingCode").asText(),
                "/t/" + n.get("trackingCode").asText(),
                "/t/" + waiting + "?lang=ar",
                "/t/" + waiting + "?lang=ru",
                "/t/NOSUCHCODE",
                "/t/NOSUCHCODE?lang=so");
        List<String> command = new ArrayList<>(List.of("node", "scan.mjs", "scan", server.baseUrl()));
        command.addAll(paths);
        JsonNode report = Api.MAPPER.readTree(run(command, null));

        assertThat(report.size()).isEqualTo(paths.size() * 2);
        List<String> failures = new ArrayList<>();
        for (JsonNode page : report) {
            String where =
                    page.get("path").asText() + " at " + page.get("width").asInt() + " px: ";
            for (JsonNode v : page.get("violations")) {
                failures.add(where + v.get("id").asText() + " ("
                        + v.get("impact").asText() + ") " + v.get("help").asText() + " " + v.get("nodes"));
            }
            for (JsonNode p : page.get("problems")) {
                failures.add(where + p.asText());
            }
            if (page.get("scrollsSideways").asBoolean()) {
                failures.add(where + "the page scrolls sideways");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(report.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(report.get(report.size() - 1).get("status").asInt()).isEqualTo(404);
        assertThat(report.get(report.size() - 1).get("lang").asText()).isEqualTo("so");
    }

    @Test
    void thePageAnnouncesACallWithoutReloading() throws Exception {
        JsonNode t = issue("mikkeli", "mikkeli-poliisi-passi", "en");
        String out = run(
                List.of(
                        "node",
                        "scan.mjs",
                        "live",
                        server.baseUrl(),
                        "/t/" + t.get("trackingCode").asText()),
                () -> call(t));
        JsonNode live = Api.MAPPER.readTree(out);
        assertThat(live.get("announced").asText())
                .contains("It is your turn now!")
                .contains("Go to: ");
        assertThat(live.get("state").asText()).isEqualTo("It is your turn now!");
        assertThat(live.get("problems")).isEmpty();
    }

    private static JsonNode issue(String point, String service, String language) {
        Api.Resp r = api.post(
                "/api/v1/points/" + point + "/tickets",
                "demo-kiosk-" + point,
                Map.of("serviceId", service, "language", language, "specialNeeds", List.of()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static void call(JsonNode t) {
        String desk = t.get("pointId").asText() + "-2";
        Api.Resp r = api.post("/api/v1/tickets/" + t.get("id").asText() + "/call", admin, Map.of("deskId", desk));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Runs the node script; {@code whenReady} runs once it prints READY. Returns its last line (the report). */
    private static String run(List<String> command, Runnable whenReady) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(axeDir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String last = "";
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("READY") && whenReady != null) {
                    whenReady.run();
                } else if (!line.isBlank()) {
                    last = line;
                }
            }
        } finally {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertThat(p.exitValue()).as("node scan.mjs exit code; output: " + last).isZero();
        return last;
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
