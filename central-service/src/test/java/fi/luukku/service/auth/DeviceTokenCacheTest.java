package fi.luukku.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.testing.MutableClock;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A revoked device token stops working once the cache entry expires (a minute). */
class DeviceTokenCacheTest {
    @Test
    void aRevokedDeviceTokenStopsWorkingWithinAMinute() {
        MutableClock clock = new MutableClock();
        try (TestServer server = TestServer.start(Map.of(), clock)) {
            Api api = new Api(server.baseUrl());
            String token = "demo-display-parainen";
            assertThat(api.get("/api/v1/points/parainen/queues", token).status())
                    .isEqualTo(200);
            server.server()
                    .database()
                    .tx(sql -> sql.update(
                            "UPDATE devices SET token_hash = ? WHERE token_hash = ?", "revoked", Hashes.sha256(token)));
            clock.advance(Duration.ofSeconds(61));
            assertThat(api.get("/api/v1/points/parainen/queues", token).status())
                    .isEqualTo(401);
        }
    }
}
