package fi.luukku.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Principal;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Request and answer plumbing shared by the routes: JSON bodies with limits, problem answers, auth checks. */
public final class Http {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String PRINCIPAL = "luukku.principal";

    private final ObjectMapper mapper;
    private final AuthService auth;
    private final int maxBodyBytes;

    public Http(ObjectMapper mapper, AuthService auth, int maxBodyBytes) {
        this.mapper = mapper;
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status);
            ctx.contentType("application/json");
            ctx.result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable", e);
        }
    }

    public void problem(Context ctx, ApiError e) {
        ObjectNode p = mapper.createObjectNode();
        p.put("type", "https://luukku.fi/problems/" + e.type());
        p.put("title", e.title());
        p.put("status", e.status());
        if (e.getMessage() != null) {
            p.put("detail", e.getMessage());
        }
        if (e.field() != null) {
            p.put("field", e.field());
        }
        p.put("instance", ctx.path());
        ctx.status(e.status());
        ctx.contentType(PROBLEM_JSON);
        try {
            ctx.result(mapper.writeValueAsBytes(p));
        } catch (JsonProcessingException ex) {
            ctx.result("{\"title\":\"error\",\"status\":" + e.status() + "}");
        }
    }

    /**
     * Reads and parses a JSON body and checks it against its type's {@link RequestShapes shape}, answering 400 for
     * anything malformed, missing, oversized, wrongly typed or out of shape.
     */
    public <T> T body(Context ctx, Class<T> type) {
        String contentLength = ctx.header("Content-Length");
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.trim()) > maxBodyBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(null, "bad Content-Length");
            }
        }
        byte[] bytes = ctx.attribute(IdempotencyGuard.BODY); // already read to check an idempotency key
        if (bytes == null)
            try (InputStream in = ctx.req().getInputStream()) {
                bytes = in.readNBytes(maxBodyBytes + 1);
            } catch (IOException e) {
                throw ApiError.badRequest(null, "the request body could not be read");
            }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest(null, "a JSON body is required");
        }
        try {
            com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw ApiError.badRequest(null, "the body must be a JSON object");
            }
            T value = mapper.treeToValue(tree, type);
            if (value == null) {
                throw ApiError.badRequest(null, "the body must be a JSON object");
            }
            return RequestShapes.check(value); // request shape: a 400 naming the field before any service runs
        } catch (InvalidFormatException e) {
            throw ApiError.badRequest(fieldOf(e), "wrong type for " + fieldOf(e));
        } catch (MismatchedInputException e) {
            String f = fieldOf(e);
            throw ApiError.badRequest(
                    f, f == null ? "the body does not have the expected shape" : "wrong type for " + f);
        } catch (JsonMappingException e) {
            throw ApiError.badRequest(fieldOf(e), "the body could not be read: " + shortMessage(e));
        } catch (IOException e) {
            throw new ApiError(400, "malformed-json", "Malformed JSON", "the body is not valid JSON", null);
        }
    }

    /** A body that may be absent (empty) for action routes; parsed when present. */
    public <T> T optionalBody(Context ctx, Class<T> type, T whenEmpty) {
        String cl = ctx.header("Content-Length");
        if ((cl == null || cl.trim().equals("0")) && ctx.header("Transfer-Encoding") == null) {
            return whenEmpty;
        }
        return body(ctx, type);
    }

    static ApiError tooLarge() {
        return new ApiError(400, "body-too-large", "Request body too large", "the body exceeds the size limit", null);
    }

    private static String fieldOf(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String shortMessage(JsonMappingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid";
        }
        int nl = m.indexOf('\n');
        m = nl > 0 ? m.substring(0, nl) : m;
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    public Principal principal(Context ctx) {
        Principal cached = ctx.attribute(PRINCIPAL);
        if (cached != null) {
            return cached;
        }
        Principal p = auth.resolve(ctx.header("Authorization"))
                .orElseThrow(() -> ApiError.unauthorized("a valid bearer token is required"));
        ctx.attribute(PRINCIPAL, p);
        return p;
    }

    /** The caller, who must have one of the roles and (unless admin) belong to the point. */
    public Principal require(Context ctx, String pointId, Set<Role> roles) {
        Principal p = principal(ctx);
        if (!roles.contains(p.role())) {
            throw ApiError.forbidden("role " + p.role() + " may not do this");
        }
        if (pointId != null && !p.mayActAt(pointId)) {
            throw ApiError.forbidden("this credential belongs to another point");
        }
        return p;
    }

    public static Set<Role> roles(Role... r) {
        return Set.copyOf(Arrays.asList(r));
    }
}
