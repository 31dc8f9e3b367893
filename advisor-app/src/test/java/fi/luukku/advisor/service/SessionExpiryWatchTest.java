package fi.luukku.advisor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every 401 to an authenticated request is noticed; a wrong password at sign-in is not an expiry. */
class SessionExpiryWatchTest {
    private HttpServer server;
    private final AtomicInteger expired = new AtomicInteger();
    private OkHttpClient http;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(401, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        http = new OkHttpClient.Builder()
                .addInterceptor(new SessionExpiryWatch(expired::incrementAndGet))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int call(String path, String token, boolean post) throws Exception {
        Request.Builder r = new Request.Builder().url(base + path);
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (post) {
            r.post(RequestBody.create(new byte[0]));
        }
        try (var response = http.newCall(r.build()).execute()) {
            return response.code();
        }
    }

    @Test
    void a401ToAnAuthenticatedCallOrTheStreamIsAnExpiry() throws Exception {
        assertThat(call("/api/v1/points/mikkeli/snapshot", "old", false)).isEqualTo(401);
        assertThat(call("/api/v1/points/mikkeli/events", "old", false)).isEqualTo(401);
        assertThat(expired.get()).isEqualTo(2);
    }

    @Test
    void aWrongPasswordOrAnAnonymousCallIsNot() throws Exception {
        call("/api/v1/auth/login", "old", true);
        call("/api/v1/points/mikkeli", null, false);
        assertThat(expired.get()).isZero();
    }
}
