package fi.luukku.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served document is valid OpenAPI by an independent parser, and real answers match its schemas. */
class OpenApiContractTest {
    private static TestServer server;
    private static Api api;
    private static OpenAPI doc;
    private static String rawDoc;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
        Api.Resp r = api.get("/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        rawDoc = r.body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(rawDoc, null, null);
        assertThat(parsed.getMessages()).as("swagger-parser messages").isEmpty();
        doc = parsed.getOpenAPI();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentNamesItsServerEveryOperationAndItsExactStatuses() {
        assertThat(doc.getServers()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, PathItem> e : doc.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    e.getValue().readOperationsMap().entrySet()) {
                String id = op.getValue().getOperationId();
                assertThat(id).as(op.getKey() + " " + e.getKey()).isNotBlank();
                assertThat(ids.add(id)).as("operationId " + id + " unique").isTrue();
            }
        }
        Operation callNext = doc.getPaths()
                .get("/api/v1/points/{point}/desks/{desk}/call-next")
                .getPost();
        assertThat(callNext.getResponses().keySet())
                .containsExactlyInAnyOrder("200", "204", "401", "403", "404", "409", "503");
        assertThat(doc.getPaths().get("/api/v1/auth/logout").getPost().getResponses())
                .containsKey("204")
                .doesNotContainKey("200");
        assertThat(doc.getPaths().get("/api/v1/auth/login").getPost().getResponses())
                .containsKeys("200", "400", "401", "429", "503")
                .doesNotContainKeys("403", "404", "409");
        assertThat(doc.getPaths().get("/api/v1/points").getGet().getResponses())
                .doesNotContainKeys("400", "403", "404", "409");
        assertThat(doc.getPaths().get("/t/{code}").getGet().getResponses().keySet())
                .containsExactlyInAnyOrder("200", "404", "503");
        Operation events = doc.getPaths().get("/api/v1/points/{point}/events").getGet();
        assertThat(events.getParameters())
                .anyMatch(p -> p.getName().equals("Last-Event-ID") && p.getIn().equals("header"));
        Operation issue = doc.getPaths().get("/api/v1/points/{point}/tickets").getPost();
        assertThat(issue.getParameters())
                .anyMatch(
                        p -> p.getName().equals("Idempotency-Key") && p.getIn().equals("header"));
        assertThat(doc.getPaths()
                        .get("/api/v1/points/{point}/stats/daily")
                        .getGet()
                        .getParameters())
                .anyMatch(p -> p.getName().equals("day") && p.getIn().equals("query"));
        assertThat(doc.getComponents().getSecuritySchemes()).containsKey("bearer");
        Schema<?> triage = doc.getComponents().getSchemas().get("TriageDto");
        assertThat(((Schema<?>) triage.getProperties().get("channel")).getEnum())
                .isNotEmpty();
        assertThat(((Schema<?>) doc.getComponents()
                                .getSchemas()
                                .get("FinishRequest")
                                .getProperties()
                                .get("outcome"))
                        .getEnum())
                .isNotEmpty();
        assertThat(doc.getComponents().getSchemas().get("TicketDto").getRequired())
                .contains("id", "number", "status");
    }

    @Test
    void realAnswersMatchTheirSchemas() {
        String staff = api.login("admin");
        String kiosk = "demo-kiosk-mikkeli";
        String service = api.get("/api/v1/points/mikkeli/services", kiosk)
                .json()
                .get(0)
                .get("id")
                .asText();
        Api.Resp issued =
                api.post("/api/v1/points/mikkeli/tickets", kiosk, Map.of("serviceId", service, "language", "fi"));
        check("POST", "/api/v1/points/{point}/tickets", issued);
        check("GET", "/api/v1/points/{point}/tickets", api.get("/api/v1/points/mikkeli/tickets", staff));
        check("GET", "/api/v1/points/{point}/queues", api.get("/api/v1/points/mikkeli/queues", kiosk));
        check("GET", "/api/v1/points/{point}/snapshot", api.get("/api/v1/points/mikkeli/snapshot", staff));
        String desk = "/api/v1/points/mikkeli/desks/mikkeli-1/call-next";
        Api.Resp called = api.post(desk, staff, Map.of());
        check("POST", "/api/v1/points/{point}/desks/{desk}/call-next", called);
        Api.Resp empty = called;
        for (int i = 0; i < 50 && empty.status() == 200; i++) {
            empty = api.post(desk, staff, Map.of());
        }
        assertThat(empty.status()).isEqualTo(204);
        check("POST", "/api/v1/points/{point}/desks/{desk}/call-next", empty);
        Api.Resp bad = api.post("/api/v1/points/mikkeli/tickets", kiosk, Map.of("serviceId", "no such"));
        assertThat(bad.status()).isEqualTo(400);
        check("POST", "/api/v1/points/{point}/tickets", bad);
        Api.Resp waiting = api.post("/api/v1/points/mikkeli/tickets", kiosk, Map.of("serviceId", service));
        check("POST", "/api/v1/points/{point}/tickets", waiting);
        Api.Resp wrongState =
                api.post("/api/v1/tickets/" + waiting.json().get("id").asText() + "/start", staff, Map.of());
        assertThat(wrongState.status()).isEqualTo(409);
        check("POST", "/api/v1/tickets/{id}/start", wrongState);
        check("GET", "/health", api.get("/health", null));
    }

    @Test
    void theSchemaCheckSeesAMissingFieldAWrongTypeAndAValueOutsideTheEnum() throws Exception {
        Schema<?> ticket = doc.getComponents().getSchemas().get("TicketDto");
        List<String> errors = new ArrayList<>();
        validate(ticket, Api.MAPPER.readTree("{\"id\":1,\"status\":\"LOST\"}"), "$", errors);
        assertThat(errors)
                .anyMatch(e -> e.contains("$.number is required"))
                .anyMatch(e -> e.contains("$.id is NUMBER"))
                .anyMatch(e -> e.contains("LOST is not one of"));
    }

    /** The answer's status is declared for the operation and its body matches the declared schema. */
    private static void check(String method, String path, Api.Resp resp) {
        Operation op = doc.getPaths().get(path).readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        ApiResponse declared = op.getResponses().get(Integer.toString(resp.status()));
        assertThat(declared)
                .as(method + " " + path + " answered " + resp.status() + " which is not declared")
                .isNotNull();
        if (resp.status() == 204) {
            assertThat(declared.getContent()).isNull();
            return;
        }
        String type = resp.contentType().split(";")[0].trim();
        assertThat(declared.getContent()).as(method + " " + path + " content").containsKey(type);
        List<String> errors = new ArrayList<>();
        validate(declared.getContent().get(type).getSchema(), resp.json(), "$", errors);
        assertThat(errors).as(method + " " + path + " " + resp.status()).isEmpty();
    }

    private static Schema<?> resolve(Schema<?> s) {
        while (s != null && s.get$ref() != null) {
            String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
            s = doc.getComponents().getSchemas().get(name);
        }
        return s;
    }

    /** A small JSON-schema check over the parsed model: type, required, enum, properties, items, map values. */
    @SuppressWarnings("rawtypes")
    static void validate(Schema<?> schema, JsonNode value, String at, List<String> errors) {
        Schema<?> s = resolve(schema);
        if (s == null || value == null || value.isNull()) {
            return;
        }
        String type = s.getType();
        if (type == null && s.getTypes() != null && !s.getTypes().isEmpty()) {
            type = s.getTypes().iterator().next();
        }
        if (type != null) {
            boolean ok =
                    switch (type) {
                        case "object" -> value.isObject();
                        case "array" -> value.isArray();
                        case "string" -> value.isTextual();
                        case "integer" -> value.isIntegralNumber();
                        case "number" -> value.isNumber();
                        case "boolean" -> value.isBoolean();
                        default -> true;
                    };
            if (!ok) {
                errors.add(at + " is " + value.getNodeType() + ", declared " + type);
                return;
            }
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty() && value.isTextual()) {
            if (s.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.asText()))) {
                errors.add(at + " = " + value.asText() + " is not one of " + s.getEnum());
            }
        }
        if (value.isObject()) {
            if (s.getRequired() != null) {
                for (String r : s.getRequired()) {
                    if (!value.has(r)) {
                        errors.add(at + "." + r + " is required but missing");
                    }
                }
            }
            Map<String, Schema> props = s.getProperties();
            value.fieldNames().forEachRemaining(f -> {
                if (props != null && props.containsKey(f)) {
                    validate(props.get(f), value.get(f), at + "." + f, errors);
                } else if (s.getAdditionalProperties() instanceof Schema<?> extra) {
                    validate(extra, value.get(f), at + "." + f, errors);
                }
            });
        }
        if (value.isArray() && s.getItems() != null) {
            for (int i = 0; i < value.size(); i++) {
                validate(s.getItems(), value.get(i), at + "[" + i + "]", errors);
            }
        }
    }
}
