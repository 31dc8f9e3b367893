package fi.luukku.core.device.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ApiException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The device's side of pairing: asks the service for a code ({@code POST /api/v1/pairing}) and polls it
 * ({@code POST /api/v1/pairing/{code}/poll}) until a supervisor has approved it; then the answer is the device's
 * own credential, handed out once. Both calls need no token.
 */
public final class PairingClient {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper mapper;

    public PairingClient(HttpUrl base, OkHttpClient http, ObjectMapper mapper) {
        this.base = base;
        this.http = http;
        this.mapper = mapper;
    }

    /** A new code to show; {@code description} tells the supervisor which device asks (app, point, host). */
    public PairingCode request(String description) {
        JsonNode n = post(url("api", "v1", "pairing"), Map.of("description", description));
        if (n == null || !n.hasNonNull("code") || !n.hasNonNull("secret")) {
            throw new ApiException(-1, null, "POST /api/v1/pairing: no code in the answer", null);
        }
        return new PairingCode(
                n.get("code").asText(),
                n.get("secret").asText(),
                n.path("expiresInSeconds").asLong(600));
    }

    /**
     * Empty while nobody has approved the code; the credential once approved.
     *
     * @throws PairingExpired when the service no longer knows the code
     */
    public Optional<DeviceCredential> poll(PairingCode code) {
        JsonNode n;
        try {
            n = post(url("api", "v1", "pairing", code.code(), "poll"), Map.of("secret", code.secret()));
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 404) {
                throw new PairingExpired("pairing code " + code.code() + " expired: " + e.getMessage());
            }
            throw e;
        }
        if (n == null || !n.hasNonNull("token")) {
            return Optional.empty();
        }
        return Optional.of(new DeviceCredential(
                n.get("token").asText(),
                n.path("name").asText(null),
                n.path("role").asText(null),
                n.path("point").asText(null)));
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.build();
    }

    private JsonNode post(HttpUrl url, Object body) {
        Request request;
        try {
            request = new Request.Builder()
                    .url(url)
                    .header("Accept", "application/json")
                    .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON))
                    .build();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise the pairing request", e);
        }
        try (Response response = http.newCall(request).execute()) {
            ResponseBody rb = response.body();
            String text = rb == null ? "" : rb.string();
            if (response.code() == 202 || response.code() == 204) {
                return null;
            }
            if (!response.isSuccessful()) {
                throw new ApiException(
                        response.code(), null, "POST " + url.encodedPath() + " -> " + response.code(), null);
            }
            return text.isBlank() ? null : mapper.readTree(text);
        } catch (IOException e) {
            throw ApiException.unreachable(e);
        }
    }
}
