package fi.luukku.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A revoked or rotated-away device token stops working for the very next request, even though the service caches
 * device tokens: revoking clears the cache (a feedback terminal, which has no event stream to lose, must not keep
 * working for a minute). Pairing hands out a token once and refuses bad codes and secrets.
 */
class DeviceRevocationTest {
    static TestServer server;
    static Api api;
    static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        admin = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "demo"))
                .json()
                .path("token")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int heartbeat(String token) {
        return api.post("/api/v1/points/mikkeli/heartbeat", token, Map.of("version", "t", "printer", "OK"))
                .status();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceDespiteTheCache() {
        String token = api.post(
                        "/api/v1/points/mikkeli/devices", admin, Map.of("role", "FEEDBACK_TERMINAL", "name", "r1"))
                .json()
                .path("token")
                .asText();
        assertThat(heartbeat(token)).isEqualTo(204); // now cached
        assertThat(api.call("DELETE", "/api/v1/points/mikkeli/devices/r1@mikkeli", admin, null, Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(heartbeat(token)).isEqualTo(401);
    }

    @Test
    void rotationEndsTheOldTokenAndTheNewOneWorks() {
        String old = api.post("/api/v1/points/mikkeli/devices", admin, Map.of("role", "KIOSK", "name", "r2"))
                .json()
                .path("token")
                .asText();
        assertThat(heartbeat(old)).isEqualTo(204);
        Api.Resp rotated = api.post("/api/v1/points/mikkeli/devices/r2@mikkeli/rotate", admin, Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.json().path("role").asText()).isEqualTo("KIOSK");
        String fresh = rotated.json().path("token").asText();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(heartbeat(old)).isEqualTo(401);
        assertThat(heartbeat(fresh)).isEqualTo(204);
        assertThat(api.post("/api/v1/points/mikkeli/devices/nobody@mikkeli/rotate", admin, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/points/mikkeli/devices/r2@mikkeli/rotate", null, Map.of())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void pairingHandsTheTokenOutOnceAndOnlyForTheRightSecret() {
        var asked = api.post("/api/v1/pairing", null, Map.of("description", "test kiosk"))
                .json();
        String code = asked.path("code").asText();
        String secret = asked.path("secret").asText();
        assertThat(api.post("/api/v1/pairing/" + code + "/poll", null, Map.of("secret", secret))
                        .status())
                .isEqualTo(202);
        assertThat(api.post("/api/v1/pairing/" + code + "/poll", null, Map.of("secret", "wrong"))
                        .status())
                .isEqualTo(401);
        assertThat(api.post(
                                "/api/v1/admin/pairing/" + code + "/approve",
                                admin,
                                Map.of("point", "mikkeli", "role", "KIOSK", "name", "p1"))
                        .status())
                .isEqualTo(200);
        Api.Resp got = api.post("/api/v1/pairing/" + code + "/poll", null, Map.of("secret", secret));
        assertThat(got.status()).isEqualTo(200);
        assertThat(heartbeat(got.json().path("token").asText())).isEqualTo(204);
        assertThat(api.post("/api/v1/pairing/" + code + "/poll", null, Map.of("secret", secret))
                        .status())
                .isEqualTo(401); // once
    }
}
