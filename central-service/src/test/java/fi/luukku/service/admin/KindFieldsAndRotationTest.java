package fi.luukku.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The description of every managed kind's fields that forms are built from, and rotating a device's token. */
class KindFieldsAndRotationTest {
    static TestServer server;
    static Api api;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyKindIsDescribedWithItsFieldsForManagersOnly() {
        Api.Resp r = api.get("/api/v1/admin/kinds/fields", api.login("supervisor"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode kinds = r.json();
        assertThat(kinds.size()).isEqualTo(Kinds.ALL.size() + 1);
        JsonNode desk = null;
        for (JsonNode k : kinds) {
            if (k.path("path").asText().equals("desks")) {
                desk = k;
            }
        }
        assertThat(desk).isNotNull();
        assertThat(desk.path("pointScoped").asBoolean()).isTrue();
        assertThat(desk.toString())
                .contains("\"name\":\"kind\",\"type\":\"ENUM\",\"required\":true")
                .contains("COUNTER")
                .contains("\"name\":\"point\",\"type\":\"REF\",\"required\":true,\"maxLength\":64,\"ref\":\"points\"")
                .contains("\"name\":\"queues\",\"type\":\"JOIN\"");
        assertThat(kinds.get(kinds.size() - 1).path("idField").asText()).isEqualTo("username");
        assertThat(api.get("/api/v1/admin/kinds/fields", api.login("advisor1", null))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRotatedTokenReplacesTheOldOne() {
        String admin = api.login("admin");
        JsonNode made = api.post("/api/v1/points/mikkeli/devices", admin, Map.of("role", "DISPLAY", "name", "lobby"))
                .json();
        String old = made.path("token").asText();
        Api.Resp rotated = api.post("/api/v1/points/mikkeli/devices/lobby@mikkeli/rotate", admin, Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String fresh = rotated.json().path("token").asText();
        assertThat(fresh).isNotBlank().isNotEqualTo(old);
        assertThat(api.get("/api/v1/points/mikkeli/queues", old).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/points/mikkeli/queues", fresh).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/audit?kind=device", admin).body()).contains("rotate");
        assertThat(api.post("/api/v1/points/mikkeli/devices/nobody@mikkeli/rotate", admin, Map.of())
                        .status())
                .isEqualTo(404);
    }
}
