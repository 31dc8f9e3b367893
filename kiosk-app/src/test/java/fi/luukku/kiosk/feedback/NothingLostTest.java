package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.core.api.FeedbackDto;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.domain.FeedbackSource;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.testing.ProcessLines;
import fi.luukku.service.testing.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import okhttp3.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost": answers given while the service is away, a terminal killed with SIGKILL, a restarted terminal
 * and a service that comes back must end with exactly every answer stored once.
 */
class NothingLostTest {
    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    private Process terminal(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx256m",
                FeedbackTerminalProcess.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(
                        dir.resolve("terminal-" + processes.size() + ".err").toFile())
                .start();
        processes.add(p);
        return p;
    }

    /** Waits until the terminal printed a line equal to {@code line} (its output keeps being drained). */
    private static void awaitLine(Process p, String line) {
        ProcessLines.follow(p).awaitLine(line, Duration.ofSeconds(180));
    }

    private static void await(BooleanSupplier condition, int seconds) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(seconds))
                .pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    /** Nothing more arrives: the condition keeps holding for {@code seconds}. */
    private static void holds(BooleanSupplier condition, int seconds) {
        Awaitility.await()
                .during(Duration.ofSeconds(seconds))
                .atMost(Duration.ofSeconds(seconds + 5))
                .until(condition::getAsBoolean);
    }

    private static Set<String> comments(FakeFeedbackService service) {
        Set<String> s = new TreeSet<>();
        for (JsonNode n : service.stored().values()) {
            s.add(n.path("comment").asText());
        }
        return s;
    }

    private static Set<String> expected(int n) {
        Set<String> s = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            s.add("answer " + i);
        }
        return s;
    }

    @Test
    void serviceDownHundredAnswersTerminalKilledThenEverythingArrivesExactlyOnce() throws Exception {
        Path data = dir.resolve("terminal");
        try (FakeFeedbackService service =
                new FakeFeedbackService(FakeFeedbackService.freePort(), "demo-feedback-mikkeli")) {
            Process first = terminal("submit", data.toString(), service.url(), "100");
            awaitLine(first, "STORED 100");
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no close
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(service.requests()).isZero();

            Process second = terminal("run", data.toString(), service.url());
            awaitLine(second, "RUNNING");
            Thread.sleep(1500); // it tries, and fails, while the service is still away
            service.start();
            await(() -> service.stored().size() >= 100, 90);
            holds(() -> service.stored().size() == 100, 2); // nothing more may arrive
            assertThat(service.stored()).hasSize(100);
            assertThat(comments(service)).isEqualTo(expected(100));
            second.destroyForcibly();
            second.waitFor(10, TimeUnit.SECONDS);
        }
        try (DurableOutbox outbox = DurableOutbox.open(data, FeedbackBackend.OUTBOX_NAME, Clock.systemUTC())) {
            assertThat(outbox.pendingCount()).isZero();
            assertThat(outbox.rejectedCount()).isZero();
        }
    }

    @Test
    void aTerminalKilledWhileSendingNeitherLosesNorDuplicates() throws Exception {
        Path data = dir.resolve("terminal");
        try (FakeFeedbackService service =
                new FakeFeedbackService(FakeFeedbackService.freePort(), "demo-feedback-mikkeli").start()) {
            service.delay(40); // a slow link: the kill lands in the middle of sending
            Process first = terminal("submit", data.toString(), service.url(), "100");
            awaitLine(first, "STORED 100");
            first.destroyForcibly();
            first.waitFor(10, TimeUnit.SECONDS);
            int before = service.stored().size();
            assertThat(before).isLessThan(100);

            service.delay(0);
            Process second = terminal("run", data.toString(), service.url());
            awaitLine(second, "RUNNING");
            await(() -> service.stored().size() >= 100, 90);
            holds(() -> service.stored().size() == 100, 2);
            assertThat(service.stored()).hasSize(100);
            assertThat(comments(service)).isEqualTo(expected(100));
            second.destroyForcibly();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What the real service has stored for mikkeli today, read as its supervisor. */
    private static List<FeedbackDto> storedAt(String url) {
        var mapper = JsonMapper.create();
        LuukkuClient anonymous = new LuukkuClient(url, () -> null, LuukkuClient.defaultHttpClient(), mapper);
        String token =
                anonymous.login(new LoginRequest("supervisor", "demo", null)).token();
        Request get = new Request.Builder()
                .url(url + "/api/v1/points/mikkeli/feedback")
                .header("Authorization", "Bearer " + token)
                .build();
        try (Response r = anonymous.httpClient().newCall(get).execute()) {
            if (!r.isSuccessful()) {
                throw new AssertionError("listing feedback failed: HTTP " + r.code() + " "
                        + r.body().string());
            }
            return mapper.readValue(r.body().string(), new TypeReference<List<FeedbackDto>>() {});
        } catch (IOException e) {
            throw new AssertionError("cannot list feedback", e);
        }
    }

    @Test
    void withTheRealServiceStoppedHundredAnswersSurviveAKillAndArriveExactlyOnce() throws Exception {
        Path data = dir.resolve("terminal");
        try (TestServer server = TestServer.start()) {
            String url = server.baseUrl();
            server.stop();

            Process first = terminal("submit", data.toString(), url, "100");
            awaitLine(first, "STORED 100");
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();

            Process second = terminal("run", data.toString(), url);
            awaitLine(second, "RUNNING");
            Thread.sleep(1500);
            server.restart();
            await(() -> storedAt(url).size() >= 100, 120);
            holds(() -> storedAt(url).size() == 100, 2);
            List<FeedbackDto> stored = storedAt(url);
            assertThat(stored).hasSize(100);
            Set<String> comments = new TreeSet<>();
            stored.forEach(f -> comments.add(f.comment()));
            assertThat(comments).isEqualTo(expected(100));
            assertThat(stored).allSatisfy(f -> {
                assertThat(f.source()).isEqualTo("TERMINAL");
                assertThat(f.rating()).isBetween(1, 5);
            });
            second.destroyForcibly();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aScannedTicketLinksTheAnswerToTheVisitsQueueAndAuthorityButNoPerson() throws Exception {
        try (TestServer server = TestServer.start()) {
            var mapper = JsonMapper.create();
            String url = server.baseUrl();
            LuukkuClient kiosk =
                    new LuukkuClient(url, () -> "demo-kiosk-mikkeli", LuukkuClient.defaultHttpClient(), mapper);
            var service = kiosk.services("mikkeli").get(0);
            TicketDto ticket = kiosk.issueTicket(
                    "mikkeli", IssueTicketRequest.online(service.id(), "fi", List.of()), "t-" + System.nanoTime());

            LuukkuClient terminalClient =
                    new LuukkuClient(url, () -> "demo-feedback-mikkeli", LuukkuClient.defaultHttpClient(), mapper);
            try (FeedbackBackend backend = FeedbackBackend.open(
                    dir.resolve("t"),
                    terminalClient,
                    "mikkeli",
                    mapper,
                    Clock.systemUTC(),
                    Duration.ofSeconds(1),
                    n -> {})) {
                FeedbackFlowViewModel flow = new FeedbackFlowViewModel(
                        backend.recorder(),
                        new CurrentThreadTaskRunner(),
                        Clock.systemUTC(),
                        Duration.ofSeconds(45),
                        FeedbackFlowViewModel.TERMINAL_STEPS,
                        FeedbackSource.TERMINAL,
                        CitizenLanguage.FI);
                assertThat(flow.scanned(url + "/t/" + ticket.trackingCode())).isTrue();
                flow.chooseRating(5);
                flow.skip();
                flow.skip();
                flow.skip();
                flow.skip();
                // the backend's own pump may deliver it first; either way it must arrive exactly once
                backend.pump().drainOnce();
                Awaitility.await()
                        .atMost(Duration.ofSeconds(20))
                        .until(() -> storedAt(url).size() == 1);
            }
            assertThat(storedAt(url)).hasSize(1);
            FeedbackDto f = storedAt(url).get(0);
            assertThat(f.rating()).isEqualTo(5);
            assertThat(f.queueId()).isEqualTo(ticket.queueId());
            assertThat(f.authorityId()).isEqualTo(service.authorityId());
        }
    }
}
