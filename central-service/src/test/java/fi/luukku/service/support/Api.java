package fi.luukku.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP against a started service, for tests that need to send what a real client never would. */
public final class Api {
    public static final ObjectMapper MAPPER = JsonMapper.create();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(30))
            .retryOnConnectionFailure(true) // a restarted test server may reuse a port
            .build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    /** One answer. */
    public record Resp(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return MAPPER.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Resp get(String path, String token) {
        return call("GET", path, token, null, Map.of());
    }

    public Resp post(String path, String token, Object body) {
        return call("POST", path, token, body, Map.of());
    }

    public Resp post(String path, String token, Object body, String idempotencyKey) {
        return call("POST", path, token, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    public Resp put(String path, String token, Object body) {
        return call("PUT", path, token, body, Map.of());
    }

    /** {@code body} may be a String (sent raw), a byte[] or an object (sent as JSON), or null. */
    public Resp call(String method, String path, String token, Object body, Map<String, String> headers) {
        Request.Builder r = new Request.Builder().url(base + path);
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        headers.forEach(r::header);
        RequestBody rb = null;
        try {
            if (body instanceof String s) {
                rb = RequestBody.create(s, JSON);
            } else if (body instanceof byte[] b) {
                rb = RequestBody.create(b, JSON);
            } else if (body != null) {
                rb = RequestBody.create(MAPPER.writeValueAsBytes(body), JSON);
            } else if (!method.equals("GET") && !method.equals("DELETE")) {
                rb = RequestBody.create(new byte[0], null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.method(method, rb);
        try (Response res = HTTP.newCall(r.build()).execute()) {
            String text = res.body() == null ? "" : res.body().string();
            return new Resp(res.code(), text, res.header("Content-Type"));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    public String login(String user) {
        return login(user, null);
    }

    public String login(String user, String desk) {
        Map<String, String> body = desk == null
                ? Map.of("username", user, "password", "demo")
                : Map.of("username", user, "password", "demo", "deskId", desk);
        Resp r = post("/api/v1/auth/login", null, body);
        if (r.status() != 200) {
            throw new IllegalStateException("login " + user + ": " + r);
        }
        return r.json().get("token").asText();
    }

    /** Issues a ticket and returns its JSON. */
    public JsonNode issue(String point, String serviceId, String... needs) {
        Resp r = post(
                "/api/v1/points/" + point + "/tickets",
                "demo-kiosk-" + point,
                Map.of("serviceId", serviceId, "language", "fi", "specialNeeds", java.util.List.of(needs)));
        if (r.status() != 201) {
            throw new IllegalStateException("issue: " + r);
        }
        return r.json();
    }
}
