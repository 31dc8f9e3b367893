package fi.luukku.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.support.Api;
import fi.luukku.service.support.SseReader;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An event stream lives only as long as the credential that opened it: revoking a device, logging out, a session
 * expiring or a user's sessions being ended (as disabling a user does) closes the open streams within a second.
 */
class StreamCredentialsTest {
    /** The promise is one second; the watch checks every 0.3 s. A little slack for a loaded CI machine. */
    private static final Duration PROMISE = Duration.ofMillis(1500);

    private static String events(TestServer server) {
        return server.baseUrl() + "/api/v1/points/mikkeli/events";
    }

    @Test
    void revokingADeviceTokenEndsItsOpenStream() throws Exception {
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"));
                SseReader display = new SseReader(events(server), "demo-display-mikkeli", null);
                SseReader kiosk = new SseReader(events(server), "demo-kiosk-mikkeli", null)) {
            assertThat(display.status).isEqualTo(200);
            assertThat(display.awaitEnd(Duration.ofMillis(700)))
                    .as("open before revocation")
                    .isFalse();

            server.server()
                    .database()
                    .tx(sql -> sql.update(
                            "DELETE FROM devices WHERE token_hash = ?", Hashes.sha256("demo-display-mikkeli")));

            assertThat(display.awaitEnd(PROMISE))
                    .as("revoked display's stream ended")
                    .isTrue();
            assertThat(kiosk.awaitEnd(Duration.ofMillis(300)))
                    .as("other credentials keep theirs")
                    .isFalse();
            assertThat(new Api(server.baseUrl())
                            .get("/api/v1/points/mikkeli/queues", "demo-display-mikkeli")
                            .status())
                    .as("the revoked token no longer reads either")
                    .isEqualTo(401);
        }
    }

    @Test
    void loggingOutEndsTheSessionsStreams() throws Exception {
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"))) {
            Api api = new Api(server.baseUrl());
            String token = api.login("advisor1", "mikkeli-1");
            String other = api.login("advisor2");
            try (SseReader mine = new SseReader(events(server), token, null);
                    SseReader theirs = new SseReader(events(server), other, null)) {
                assertThat(mine.status).isEqualTo(200);
                assertThat(api.post("/api/v1/auth/logout", token, Map.of()).status())
                        .isBetween(200, 204);
                assertThat(mine.awaitEnd(PROMISE)).as("logged-out stream ended").isTrue();
                assertThat(theirs.awaitEnd(Duration.ofMillis(300))).isFalse();
            }
        }
    }

    @Test
    void endingAUsersSessionsAsDisablingDoesEndsTheirStreams() throws Exception {
        try (TestServer server = TestServer.start(Map.of("sse.heartbeatSeconds", "1"))) {
            Api api = new Api(server.baseUrl());
            String token = api.login("advisor3");
            try (SseReader stream = new SseReader(events(server), token, null)) {
                assertThat(stream.status).isEqualTo(200);
                server.server().database().tx(sql -> sql.update("DELETE FROM sessions WHERE username = ?", "advisor3"));
                assertThat(stream.awaitEnd(PROMISE)).isTrue();
            }
        }
    }

    @Test
    void anExpiringSessionEndsItsStream() throws Exception {
        MutableClock clock = new MutableClock();
        try (TestServer server = TestServer.start(Map.of("session.hours", "1", "sse.heartbeatSeconds", "1"), clock)) {
            Api api = new Api(server.baseUrl());
            String token = api.login("advisor4");
            try (SseReader stream = new SseReader(events(server), token, null)) {
                assertThat(stream.status).isEqualTo(200);
                assertThat(stream.awaitEnd(Duration.ofMillis(700))).isFalse();
                clock.advance(Duration.ofMinutes(61));
                assertThat(stream.awaitEnd(PROMISE))
                        .as("expired session's stream ended")
                        .isTrue();
            }
        }
    }
}
