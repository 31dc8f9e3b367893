package fi.luukku.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fi.luukku.core.json.JsonMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuukkuClientTest {
    private HttpServer server;
    private final Map<String, String> seenHeaders = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/points/mikkeli/tickets", ex -> {
            seenHeaders.put("auth", String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            seenHeaders.put("key", String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key")));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seenHeaders.put("body", body);
            byte[] answer = ("{\"id\":\"t1\",\"number\":\"K001\",\"status\":\"WAITING\",\"peopleAhead\":2,"
                            + "\"issuedAt\":\"2026-11-22T08:00:00Z\",\"unknownFutureField\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(201, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.createContext("/api/v1/tickets/t1/start", ex -> {
            byte[] answer =
                    "{\"type\":\"/problems/illegal-transition\",\"title\":\"Not allowed\",\"status\":409,\"detail\":\"K001 is WAITING\"}"
                            .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/problem+json");
            ex.sendResponseHeaders(409, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.createContext("/api/v1/points/mikkeli/desks/d1/call-next", ex -> {
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LuukkuClient client() {
        return new LuukkuClient(
                "http://127.0.0.1:" + server.getAddress().getPort(),
                () -> "demo-kiosk-mikkeli",
                LuukkuClient.defaultHttpClient(),
                JsonMapper.create());
    }

    @Test
    void issuesATicketWithBearerTokenAndIdempotencyKey() {
        TicketDto t =
                client().issueTicket("mikkeli", IssueTicketRequest.online("kela-general", "fi", List.of()), "key-1");
        assertThat(t.number()).isEqualTo("K001");
        assertThat(t.peopleAhead()).isEqualTo(2);
        assertThat(seenHeaders)
                .containsEntry("auth", "Bearer demo-kiosk-mikkeli")
                .containsEntry("key", "key-1");
        assertThat(seenHeaders.get("body"))
                .contains("\"serviceId\":\"kela-general\"")
                .doesNotContain("null");
    }

    @Test
    void aConflictArrivesAsAnApiExceptionWithTheServicesExplanation() {
        assertThatThrownBy(() -> client().start("t1")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.isConflict()).isTrue();
            assertThat(e.detail()).isEqualTo("K001 is WAITING");
        });
    }

    @Test
    void nobodyWaitingIsAnEmptyAnswerNotAnError() {
        assertThat(client().callNext("mikkeli", "d1")).isEmpty();
    }

    @Test
    void anUnreachableServiceIsReportedAsOffline() {
        server.stop(0);
        assertThatThrownBy(() -> client().health())
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.isUnreachable()).isTrue());
    }
}
