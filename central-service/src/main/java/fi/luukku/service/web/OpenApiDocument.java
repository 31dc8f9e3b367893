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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3 document from the route table and the DTO records (their components are the schema). */
public final class OpenApiDocument {
    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

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
        ObjectNode paths = doc.putObject("paths");
        ObjectNode schemas = mapper.createObjectNode();
        for (RouteSpec r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().toLowerCase(java.util.Locale.ROOT));
            op.put("summary", r.summary());
            if (r.roles() != null) {
                op.put("description", "Allowed: " + r.roles());
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
            if (r.idempotent()) {
                ObjectNode p = params.addObject();
                p.put("name", "Idempotency-Key");
                p.put("in", "header");
                p.put("required", false);
                p.put("description", "the same key returns the same answer and creates nothing new");
                p.putObject("schema").put("type", "string").put("maxLength", 100);
            }
            if (r.request() != null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                body.putObject("content")
                        .putObject("application/json")
                        .set("schema", schemaRef(mapper, r.request(), schemas));
            }
            ObjectNode responses = op.putObject("responses");
            ObjectNode ok = responses.putObject(Integer.toString(r.status()));
            ok.put("description", "success");
            if (r.response() != null) {
                ok.putObject("content").putObject(r.produces()).set("schema", schemaRef(mapper, r.response(), schemas));
            } else if (!"application/json".equals(r.produces())) {
                ok.putObject("content")
                        .putObject(r.produces())
                        .putObject("schema")
                        .put("type", "string");
            }
            for (int code : new int[] {400, 401, 403, 404, 409}) {
                ObjectNode e = responses.putObject(Integer.toString(code));
                e.put("description", "problem");
                e.putObject("content")
                        .putObject("application/problem+json")
                        .putObject("schema")
                        .put("$ref", "#/components/schemas/Problem");
            }
        }
        schemaRef(mapper, fi.luukku.core.api.Problem.class, schemas);
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas);
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer");
        return doc;
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
        if (c == double.class || c == Double.class) {
            return s.put("type", "number");
        }
        if (c == Instant.class) {
            return s.put("type", "string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return s.put("type", "string").put("format", "date");
        }
        if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode e = s.putArray("enum");
            for (Object o : c.getEnumConstants()) {
                e.add(o.toString());
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
                    props.set(rc.getName(), schemaRef(mapper, rc.getGenericType(), schemas));
                }
            }
            return s.put("$ref", "#/components/schemas/" + name);
        }
        return s.put("type", "object");
    }
}
