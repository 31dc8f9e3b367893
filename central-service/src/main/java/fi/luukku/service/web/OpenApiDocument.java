package fi.luukku.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3 document from the route table (operations, parameters, statuses) and the DTO records
 * (schemas, with the required fields and allowed values of {@link ApiSchemaRules} and the request shapes of
 * {@link RequestShapes}).
 */
public final class OpenApiDocument {
    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiDocument() {}

    public static ObjectNode build(ObjectMapper mapper, List<RouteSpec> routes, String version) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Luukku central service");
        info.put("version", version);
        info.put(
                "description",
                "Queues, tickets, live events, feedback and reports of Finland's shared customer-service points."
                        + " Errors are application/problem+json (RFC 9457).");
        doc.putArray("servers")
                .addObject()
                .put("url", "/")
                .put("description", "this service (the host that served this document)");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode schemas = mapper.createObjectNode();
        for (RouteSpec r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            operation(mapper, path.putObject(r.method().toLowerCase(Locale.ROOT)), r, schemas);
        }
        schemaRef(mapper, fi.luukku.core.api.Problem.class, schemas);
        ObjectNode problemDef = (ObjectNode) schemas.get("Problem");
        ((ObjectNode) problemDef.get("properties"))
                .putObject("instance")
                .put("type", "string")
                .put("description", "the path that was called");
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas);
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("description", "a staff session token from login, or a device token");
        return doc;
    }

    private static void operation(ObjectMapper mapper, ObjectNode op, RouteSpec r, ObjectNode schemas) {
        op.put("operationId", r.operationId());
        op.put("summary", r.summary());
        if (r.roles() != null) {
            op.put("description", "Allowed: " + r.roles() + (r.atPoint() ? " (of this point; admins of any)" : ""));
            ArrayNode roles = op.putArray("x-roles");
            for (String role : r.roles().split(", ")) {
                roles.add(role);
            }
            op.put("x-at-point", r.atPoint());
            op.putArray("security").addObject().putArray("bearer");
        } else {
            op.putArray("security");
        }
        ArrayNode params = op.putArray("parameters");
        Matcher m = PARAM.matcher(r.path());
        while (m.find()) {
            ObjectNode p = params.addObject();
            p.put("name", m.group(1));
            p.put("in", "path");
            p.put("required", true);
            p.putObject("schema").put("type", "string");
        }
        for (RouteSpec.Param q : r.query()) {
            param(params.addObject(), q, "query");
        }
        for (RouteSpec.Param h : r.headers()) {
            param(params.addObject(), h, "header");
        }
        if (r.idempotent()) {
            ObjectNode p = params.addObject();
            p.put("name", "Idempotency-Key");
            p.put("in", "header");
            p.put("required", false);
            p.put("description", "the same key returns the same answer and creates nothing new");
            p.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", 100);
        }
        if (params.isEmpty()) {
            op.remove("parameters");
        }
        if (r.request() != null) {
            ObjectNode body = op.putObject("requestBody");
            body.put("required", true);
            body.putObject("content")
                    .putObject("application/json")
                    .set("schema", schemaRef(mapper, r.request(), schemas));
        }
        ObjectNode responses = op.putObject("responses");
        for (int code : r.statuses()) {
            ObjectNode res = responses.putObject(Integer.toString(code));
            res.put("description", describe(code, r));
            if (code == r.status() && code != 204) {
                content(mapper, res, r, schemas);
            } else if (code == 503 && "health".equals(r.operationId())) {
                content(mapper, res, r, schemas); // the health answer itself, saying DOWN
            } else if (code >= 400) {
                ObjectNode content = res.putObject("content");
                content.putObject("application/problem+json")
                        .putObject("schema")
                        .put("$ref", PROBLEM);
                if (code == 404 && r.produces().startsWith("text/html")) {
                    content.putObject("text/html").putObject("schema").put("type", "string");
                }
            }
        }
    }

    private static void content(ObjectMapper mapper, ObjectNode res, RouteSpec r, ObjectNode schemas) {
        if (r.response() != null) {
            res.putObject("content").putObject(r.produces()).set("schema", schemaRef(mapper, r.response(), schemas));
        } else if (!"application/json".equals(r.produces())) {
            res.putObject("content").putObject(r.produces()).putObject("schema").put("type", "string");
        }
    }

    private static void param(ObjectNode p, RouteSpec.Param param, String in) {
        p.put("name", param.name());
        p.put("in", in);
        p.put("required", false);
        p.put("description", param.description());
        ObjectNode s = p.putObject("schema");
        if (param.type().equals("integer") || "int64".equals(param.format())) {
            s.put("type", "integer").put("format", "int64").put("minimum", 0);
        } else {
            s.put("type", "string");
            if (param.format() != null) {
                s.put("format", param.format());
            }
            if (param.name().equals("month")) {
                s.put("pattern", "^[0-9]{4}-[0-9]{2}$");
            }
            if (param.name().equals("lang")) {
                ArrayNode e = s.putArray("enum");
                ApiSchemaRules.LANGUAGES.forEach(e::add);
            }
        }
    }

    private static String describe(int code, RouteSpec r) {
        if (code == r.status()) {
            return code == 204 ? "done; no content" : "success";
        }
        return switch (code) {
            case 204 -> "nothing to answer (e.g. nobody waits)";
            case 400 -> "invalid input: body, header or query parameter (problem names the field)";
            case 401 -> "no valid credential";
            case 403 -> "the credential's role or point does not allow this";
            case 404 -> "not found (an unknown or malformed id, or a point the caller may not know)";
            case 409 -> "the current state does not allow this";
            case 429 -> "too many attempts; wait before trying again";
            case 503 -> "the database did not answer; try again";
            default -> "problem";
        };
    }

    private static ObjectNode schemaRef(ObjectMapper mapper, Type type, ObjectNode schemas) {
        ObjectNode s = mapper.createObjectNode();
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                s.put("type", "array");
                s.set("items", schemaRef(mapper, pt.getActualTypeArguments()[0], schemas));
                return s;
            }
            if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object");
                s.set("additionalProperties", schemaRef(mapper, pt.getActualTypeArguments()[1], schemas));
                return s;
            }
            return schemaRef(mapper, raw, schemas);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return s.put("type", "string");
        }
        if (c == int.class || c == Integer.class) {
            return s.put("type", "integer").put("format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return s.put("type", "integer").put("format", "int64");
        }
        if (c == boolean.class || c == Boolean.class) {
            return s.put("type", "boolean");
        }
        if (c == java.math.BigDecimal.class) {
            return s.put("type", "number").put("description", "euros with cents");
        }
        if (c == double.class || c == Double.class) {
            return s.put("type", "number");
        }
        if (c == Instant.class) {
            return s.put("type", "string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return s.put("type", "string").put("format", "date");
        }
        if (c == java.time.LocalDateTime.class) { // a wall-clock time at the point, without a zone
            return s.put("type", "string")
                    .put("format", "local-date-time")
                    .put("description", "local date and time at the point, YYYY-MM-DDTHH:MM");
        }
        if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode e = s.putArray("enum");
            for (Object o : c.getEnumConstants()) {
                e.add(((Enum<?>) o).name());
            }
            return s;
        }
        if (c == fi.luukku.core.api.LocalizedText.class) {
            s.put("type", "object");
            s.putObject("additionalProperties").put("type", "string");
            s.put("description", "text per language code: {\"fi\":…,\"sv\":…,\"en\":…}");
            return s;
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.has(name)) {
                ObjectNode def = schemas.putObject(name);
                def.put("type", "object");
                ObjectNode props = def.putObject("properties");
                for (RecordComponent rc : c.getRecordComponents()) {
                    ObjectNode p = schemaRef(mapper, rc.getGenericType(), schemas);
                    ApiSchemaRules.refine(c, rc.getName(), p);
                    props.set(rc.getName(), p);
                }
                List<String> required = ApiSchemaRules.required(c);
                if (!required.isEmpty()) {
                    ArrayNode req = def.putArray("required");
                    required.forEach(req::add);
                }
                RequestShapes.document(c, def); // the checks the body reader runs, as schema constraints
            }
            return s.put("$ref", "#/components/schemas/" + name);
        }
        return s.put("type", "object");
    }
}
