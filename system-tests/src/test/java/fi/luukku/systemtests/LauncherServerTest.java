package fi.luukku.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.testing.QueueWait;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise for the service, checked the way a newcomer would: {@code ./luukku server --demo --port P
 * --data DIR} answers /health, a kiosk issues a ticket at mikkeli with its demo token, an advisor calls it, and
 * an event-stream reader sees {@code ticket.called}. Runs the packaged jar through the real launcher script.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherServerTest {
    @TempDir
    Path data;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void demoServerStartedByTheLauncherIssuesCallsAndStreamsATicket() throws Exception {
        Path root = projectRoot();
        int port = freePort();
        Path log = data.resolve("server.log");
        ProcessBuilder launcher = new ProcessBuilder(
                        root.resolve("luukku").toString(),
                        "server",
                        "--demo",
                        "--port",
                        Integer.toString(port),
                        "--data",
                        data.resolve("db").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the jars were just built by this very build: the launcher must not start a nested one
        launcher.environment().put("LUUKKU_NO_BUILD", "1");
        server = launcher.start();
        String url = "http://localhost:" + port;
        LuukkuClient kiosk = client(url, "demo-kiosk-mikkeli");
        awaitHealth(kiosk, log);

        BlockingQueue<LuukkuEvent> events = new LinkedBlockingQueue<>();
        try (EventStreamClient stream = new EventStreamClient(
                kiosk.baseUrl(), "mikkeli", () -> "demo-display-mikkeli", kiosk.httpClient(), 0, events::add)) {
            stream.start();

            List<ServiceDto> services = kiosk.services("mikkeli");
            assertThat(services).isNotEmpty();
            TicketDto issued = kiosk.issueTicket(
                    "mikkeli", IssueTicketRequest.online(services.get(0).id(), "fi", List.of()), LuukkuClient.newKey());
            assertThat(issued.status()).isEqualTo(TicketStatus.WAITING);
            assertThat(issued.number()).matches("[A-Z]\\d{3}");

            LuukkuClient anonymous = client(url, null);
            LoginResponse login = anonymous.login(new LoginRequest("advisor1", "demo", "mikkeli-1"));
            LuukkuClient advisor = client(url, login.token());
            Optional<TicketDto> called = advisor.callNext("mikkeli", "mikkeli-1");
            assertThat(called).get().extracting(TicketDto::id).isEqualTo(issued.id());

            LuukkuEvent seen = awaitEvent(events, EventTypes.TICKET_CALLED, Duration.ofSeconds(20));
            TicketDto calledTicket = seen.dataAs(JsonMapper.create(), TicketDto.class);
            assertThat(calledTicket.number()).isEqualTo(issued.number());
            assertThat(calledTicket.deskId()).isEqualTo("mikkeli-1");
        }
        assertThat(Files.readString(log)).doesNotContain("Exception");
    }

    private static LuukkuClient client(String url, String token) {
        return new LuukkuClient(url, () -> token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
    }

    private void awaitHealth(LuukkuClient client, Path log) throws Exception {
        Awaitility.await("/health answering UP (log: " + log + ")")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!server.isAlive()) {
                        throw new AssertionError("the service stopped: " + Files.readString(log));
                    }
                    try {
                        return "UP".equals(client.health().status());
                    } catch (RuntimeException notYet) {
                        return false; // still starting
                    }
                });
    }

    private static LuukkuEvent awaitEvent(BlockingQueue<LuukkuEvent> events, String type, Duration timeout) {
        return QueueWait.awaitMatching(events, e -> e.type().equals(type), type + " event", timeout);
    }

    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("luukku"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the project root (the 'luukku' launcher)");
        }
        return p;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
