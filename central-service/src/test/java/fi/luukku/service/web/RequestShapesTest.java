package fi.luukku.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request shapes and {@code /openapi.json} agree: a body built from a request schema passes its shape, and
 * every constraint the schema states (required, maxLength, enum, minimum, maximum, pattern) is one the edge
 * enforces with a 400 naming that field, before any service code runs.
 */
class RequestShapesTest {
    private static final ObjectMapper MAPPER =
            StrictJson.configure(JsonMapper.create().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
    static TestServer server;
    static JsonNode schemas;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        schemas = new Api(server.baseUrl())
                .get("/openapi.json", null)
                .json()
                .path("components")
                .path("schemas");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Set<Class<?>> requestTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (RouteSpec r : server.server().routes()) {
            if (r.request() != null && r.request().isRecord()) {
                types.add(r.request());
            }
        }
        return types;
    }

    @Test
    void everyRequestRecordOfTheRouteTableHasADeclaredShape() {
        List<String> undeclared = requestTypes().stream()
                .filter(t -> !RequestShapes.declared(t))
                .map(Class::getSimpleName)
                .toList();
        assertThat(requestTypes()).hasSizeGreaterThan(10);
        assertThat(undeclared).as("request types without a shape").isEmpty();
    }

    @Test
    void aBodyBuiltFromTheSchemaPassesAndEveryStatedConstraintIsEnforced() throws Exception {
        List<String> wrong = new ArrayList<>();
        int constraints = 0;
        for (Class<?> type : requestTypes()) {
            JsonNode schema = schemas.get(type.getSimpleName());
            ObjectNode valid = validBody(schema);
            String ok = refusal(type, valid);
            if (ok != null) {
                wrong.add(type.getSimpleName() + ": a body made from the schema is refused: " + ok + " " + valid);
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            schema.path("properties").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                JsonNode p = e.getValue();
                if (p.path("readOnly").asBoolean()) {
                    continue;
                }
                List<JsonNode> bad = new ArrayList<>();
                if (p.has("maxLength")) {
                    bad.add(MAPPER.getNodeFactory()
                            .textNode("a".repeat(p.get("maxLength").asInt() + 1)));
                }
                if (p.has("enum") || p.has("pattern")) {
                    bad.add(MAPPER.getNodeFactory().textNode("#not-one-of-them"));
                }
                if (p.has("minimum")) {
                    bad.add(MAPPER.getNodeFactory().numberNode(p.get("minimum").asInt() - 1));
                }
                if (p.has("maximum")) {
                    bad.add(MAPPER.getNodeFactory().numberNode(p.get("maximum").asInt() + 1));
                }
                if (p.path("items").has("enum") || p.path("items").has("pattern")) {
                    bad.add(MAPPER.createArrayNode().add("#not-one-of-them"));
                }
                for (JsonNode b : bad) {
                    constraints++;
                    ObjectNode body = valid.deepCopy();
                    body.set(name, b);
                    expectRefused(wrong, type, body, name, b.toString());
                }
                boolean required = false;
                for (JsonNode r : schema.path("required")) {
                    required |= r.asText().equals(name);
                }
                if (required && !p.path("type").asText().equals("boolean")) {
                    constraints++;
                    ObjectNode body = valid.deepCopy();
                    body.remove(name);
                    expectRefused(wrong, type, body, name, "absent");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(constraints).as("constraints tried").isGreaterThan(60);
    }

    private static void expectRefused(List<String> wrong, Class<?> type, ObjectNode body, String field, String what)
            throws Exception {
        String field2 = refusal(type, body);
        if (field2 == null || !(field2.equals(field) || field2.endsWith("." + field))) {
            wrong.add(
                    type.getSimpleName() + "." + field + "=" + what + " -> " + (field2 == null ? "accepted" : field2));
        }
    }

    /** The field the edge names when it refuses the body, "(none)" for a refusal without one, null when accepted. */
    private static String refusal(Class<?> type, ObjectNode body) throws Exception {
        try {
            RequestShapes.check(MAPPER.treeToValue(body, type));
            return null;
        } catch (Invalid e) {
            return e.field() == null ? "(none)" : e.field();
        }
    }

    /** Every property filled with a value its schema allows. */
    private static ObjectNode validBody(JsonNode schema) {
        ObjectNode body = MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            body.set(e.getKey(), validValue(e.getValue()));
        }
        return body;
    }

    private static JsonNode validValue(JsonNode p) {
        if (p.has("$ref")) {
            return validBody(schemas.get(p.get("$ref").asText().replace("#/components/schemas/", "")));
        }
        if (p.has("enum")) {
            return p.get("enum").get(0);
        }
        return switch (p.path("type").asText()) {
            case "integer" -> MAPPER.getNodeFactory()
                    .numberNode(p.path("minimum").asInt(1));
            case "number" -> MAPPER.getNodeFactory().numberNode(1);
            case "boolean" -> MAPPER.getNodeFactory().booleanNode(true);
            case "array" -> {
                ArrayNode a = MAPPER.createArrayNode();
                a.add(validValue(p.get("items")));
                yield a;
            }
            case "object" -> MAPPER.createObjectNode().put("fi", "abcd");
            default -> MAPPER.getNodeFactory()
                    .textNode(
                            switch (p.path("format").asText()) {
                                case "date-time" -> Instant.now().toString();
                                case "local-date-time" -> java.time.LocalDateTime.now()
                                        .withSecond(0)
                                        .withNano(0)
                                        .toString();
                                default -> "abcd";
                            });
        };
    }
}
