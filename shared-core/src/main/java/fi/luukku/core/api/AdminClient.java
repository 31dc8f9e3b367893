package fi.luukku.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The management API ({@code /api/v1/admin/...} and the point's device routes) for the staff app's management
 * workspace. Things travel as JSON trees, since the forms are built from the service's description of each kind.
 * Blocking, like {@link LuukkuClient} (whose address, HTTP client, token and mapper it shares); every failure
 * arrives as an {@link ApiException} carrying the problem+json.
 */
public final class AdminClient {
    private static final MediaType JSON = MediaType.get("application/json");

    private final LuukkuClient client;
    private final ObjectMapper mapper;

    public AdminClient(LuukkuClient client) {
        this.client = client;
        this.mapper = client.mapper();
    }

    /** Each managed kind with its fields (see the service's {@code /api/v1/admin/kinds/fields}). */
    public List<ObjectNode> kinds() {
        return objects(call("GET", "api/v1/admin/kinds/fields", Map.of(), null));
    }

    /** Things of one kind ({@code path} as described, e.g. {@code queues}); {@code point} may be null. */
    public List<ObjectNode> list(String path, String point) {
        return objects(call("GET", "api/v1/admin/" + path, point == null ? Map.of() : Map.of("point", point), null));
    }

    public ObjectNode get(String path, String id) {
        return (ObjectNode) call("GET", "api/v1/admin/" + path + "/" + id, Map.of(), null);
    }

    /** Creates (no {@code version} in the body) or updates (with the version read); 409 when stale. */
    public ObjectNode put(String path, String id, ObjectNode body) {
        return (ObjectNode) call("PUT", "api/v1/admin/" + path + "/" + id, Map.of(), body);
    }

    public void delete(String path, String id, long version) {
        call("DELETE", "api/v1/admin/" + path + "/" + id, Map.of("version", Long.toString(version)), null);
    }

    /** Sets a temporary password; the person chooses a new one at the next sign-in. */
    public void resetPassword(String username, String temporaryPassword) {
        call(
                "POST",
                "api/v1/admin/staff/" + username + "/password-reset",
                Map.of(),
                mapper.createObjectNode().put("password", temporaryPassword));
    }

    /** The audit log, newest first; {@code kind} may be null. */
    public List<ObjectNode> audit(String kind, int limit) {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        q.put("limit", Integer.toString(limit));
        if (kind != null && !kind.isBlank()) {
            q.put("kind", kind);
        }
        return objects(call("GET", "api/v1/admin/audit", q, null));
    }

    public List<ObjectNode> pendingPairings() {
        return objects(call("GET", "api/v1/admin/pairing", Map.of(), null));
    }

    /** Approves a device's pairing code: it becomes device {@code name} of the point in the role. */
    public ObjectNode approvePairing(String code, String point, String role, String name) {
        ObjectNode b = mapper.createObjectNode().put("point", point).put("role", role);
        if (name != null && !name.isBlank()) {
            b.put("name", name);
        }
        return (ObjectNode) call("POST", "api/v1/admin/pairing/" + code.strip() + "/approve", Map.of(), b);
    }

    public List<ObjectNode> devices(String point) {
        return objects(call("GET", "api/v1/points/" + point + "/devices", Map.of(), null));
    }

    public void revokeDevice(String point, String device) {
        call("DELETE", "api/v1/points/" + point + "/devices/" + device, Map.of(), null);
    }

    /** A new token for the device; the answer holds it ({@code token}), shown this once. */
    public ObjectNode rotateDevice(String point, String device) {
        return (ObjectNode) call("POST", "api/v1/points/" + point + "/devices/" + device + "/rotate", Map.of(), null);
    }

    /** The point's devices with their last heartbeat, silence and printer faults. */
    public List<ObjectNode> deviceHealth(String point) {
        return objects(call("GET", "api/v1/points/" + point + "/devices/health", Map.of(), null));
    }

    private static List<ObjectNode> objects(JsonNode n) {
        List<ObjectNode> out = new ArrayList<>();
        if (n instanceof ArrayNode a) {
            a.forEach(e -> {
                if (e instanceof ObjectNode o) {
                    out.add(o);
                }
            });
        }
        return out;
    }

    private JsonNode call(String method, String path, Map<String, String> query, JsonNode body) {
        HttpUrl.Builder u = client.baseUrl().newBuilder();
        for (String seg : path.split("/")) {
            if (!seg.isEmpty()) {
                u.addPathSegment(seg);
            }
        }
        query.forEach(u::addQueryParameter);
        Request.Builder r = new Request.Builder().url(u.build()).header("Accept", "application/json");
        String t = client.currentToken();
        if (t != null && !t.isBlank()) {
            r.header("Authorization", "Bearer " + t);
        }
        RequestBody rb = null;
        if (body != null || method.equals("POST") || method.equals("PUT")) {
            try {
                rb = RequestBody.create(
                        mapper.writeValueAsBytes(body == null ? mapper.createObjectNode() : body), JSON);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot serialise request body", e);
            }
        }
        Request request = r.method(method, rb).build();
        int code;
        String text;
        try (Response response = client.httpClient().newCall(request).execute()) {
            ResponseBody rbody = response.body();
            text = rbody == null ? "" : rbody.string();
            code = response.code();
        } catch (IOException e) {
            throw ApiException.unreachable(e);
        }
        if (code < 200 || code >= 300) {
            Problem problem = null;
            try {
                if (!text.isBlank()) {
                    problem = mapper.readValue(text, Problem.class);
                }
            } catch (IOException ignored) {
                // not problem+json: the status still tells what happened
            }
            throw new ApiException(
                    code,
                    problem,
                    method + " " + request.url().encodedPath() + " -> " + code
                            + (problem != null ? ": " + problem.title() : ""),
                    null);
        }
        if (code == 204 || text.isBlank()) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new ApiException(-1, null, method + " " + request.url().encodedPath() + ": unreadable answer", e);
        }
    }
}
