package fi.luukku.service.web;

import fi.luukku.service.auth.Hashes;
import fi.luukku.service.idempotency.RequestFingerprints;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request with an Idempotency-Key must repeat the body it was first sent with: the same key with another body
 * is a 422, never the first answer handed back for a different request. The body read here is kept for
 * {@link Http#body} (a request body can be read only once).
 */
public final class IdempotencyGuard {
    static final String BODY = "luukku.body";

    private final Http http;
    private final RequestFingerprints fingerprints;
    private final int maxBodyBytes;

    public IdempotencyGuard(Http http, RequestFingerprints fingerprints, int maxBodyBytes) {
        this.http = http;
        this.fingerprints = fingerprints;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void before(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        String method = ctx.req().getMethod();
        if (key == null || key.isBlank() || !("POST".equals(method) || "PUT".equals(method))) {
            return;
        }
        Check.idempotencyKey(key, false);
        String who = http.principal(ctx).tokenHash(); // every idempotent route needs a credential
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        } catch (IOException e) {
            throw ApiError.badRequest(null, "the request body could not be read");
        }
        ctx.attribute(BODY, body);
        String scope = Hashes.sha256(who + "\n" + method + " " + ctx.path() + "\n" + key);
        if (!fingerprints.bindOrMatch(scope, sha256(fingerprint(body)))) {
            throw new ApiError(
                    422,
                    "idempotency-key-reused",
                    "Idempotency key reused",
                    "this Idempotency-Key was first used with another request body; use a new key for a new request",
                    "Idempotency-Key");
        }
    }

    /**
     * What must repeat: the body without the fields an offline kiosk adds when it later syncs a request it first
     * sent online (the printed number and its time), which the ticket route answers by renumbering.
     */
    private byte[] fingerprint(byte[] body) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = http.mapper().readTree(body);
            if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.remove(OFFLINE_FIELDS);
                // key order does not make a different request
                return http.mapper()
                        .writer()
                        .with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                        .writeValueAsBytes(http.mapper().treeToValue(o, Object.class));
            }
        } catch (IOException | RuntimeException notJson) {
            // the route refuses it; the raw bytes identify it well enough
        }
        return body;
    }

    private static final java.util.List<String> OFFLINE_FIELDS =
            java.util.List.of("kioskId", "offlineNumber", "offlineIssuedAt");

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
