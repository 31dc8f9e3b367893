package fi.luukku.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    @Test
    void everyRouteTheServerServesIsInTheOpenApiDocument() {
        try (TestServer server = TestServer.start()) {
            Api.Resp r = new Api(server.baseUrl()).get("/openapi.json", null);
            assertThat(r.status()).isEqualTo(200);
            JsonNode doc = r.json();
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            JsonNode paths = doc.get("paths");
            List<String> missing = new ArrayList<>();
            List<String> served = server.server().registeredRoutes();
            assertThat(served).hasSizeGreaterThan(40);
            for (String route : served) {
                String[] mp = route.split(" ", 2);
                JsonNode path = paths.get(mp[1]);
                if (path == null || !path.has(mp[0].toLowerCase(Locale.ROOT))) {
                    missing.add(route);
                }
            }
            assertThat(missing).as("routes missing from /openapi.json").isEmpty();
            // the contract of API.md is there with its bodies
            JsonNode issue = paths.get("/api/v1/points/{point}/tickets").get("post");
            assertThat(issue.get("requestBody").toString()).contains("IssueTicketRequest");
            assertThat(issue.get("responses").has("201")).isTrue();
            assertThat(doc.get("components").get("schemas").has("TicketDto")).isTrue();
        }
    }
}
