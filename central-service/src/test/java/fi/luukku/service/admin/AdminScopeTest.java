package fi.luukku.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.demo.DemoSeed;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's pilot file round-trips, and a supervisor manages their own point only. */
class AdminScopeTest {
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
    void thePilotFileTheDemoWasBuiltFromChangesNothingWhenAppliedAgain() {
        String admin = api.login("admin");
        Api.Resp diff = api.post("/api/v1/admin/config/diff", admin, DemoSeed.pilotConfig());
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        assertThat(diff.json().path("changes").size()).as(diff.body()).isZero();
        Api.Resp export = api.get("/api/v1/admin/config?point=mikkeli", admin);
        assertThat(export.json().path("points").size()).isEqualTo(1);
        assertThat(export.json().has("authorities")).isFalse();
        assertThat(export.body()).doesNotContain("version").doesNotContain("password");
    }

    @Test
    void aSupervisorChangesTheirOwnPointOnlyAndNeverTheNetwork() {
        String sup = api.login("supervisor");
        ObjectNode desk =
                (ObjectNode) api.get("/api/v1/admin/desks/mikkeli-2", sup).json();
        ObjectNode renamed = desk.deepCopy();
        ((ObjectNode) renamed.get("name")).put("en", "Desk two");
        Api.Resp put = api.put("/api/v1/admin/desks/mikkeli-2", sup, renamed);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().path("version").asLong())
                .isEqualTo(desk.path("version").asLong() + 1);
        assertThat(api.get("/api/v1/points/mikkeli/desks", sup).body()).contains("Desk two");

        assertThat(api.get("/api/v1/admin/desks/kiiminki-1", sup).status()).isEqualTo(404);
        ObjectNode other = (ObjectNode)
                api.get("/api/v1/admin/desks/kiiminki-1", api.login("admin")).json();
        assertThat(api.put("/api/v1/admin/desks/kiiminki-1", sup, other).status())
                .isEqualTo(403);
        ObjectNode kela =
                (ObjectNode) api.get("/api/v1/admin/authorities/kela", sup).json();
        assertThat(api.put("/api/v1/admin/authorities/kela", sup, kela).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/admin/config/apply", sup, Map.of()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/admin/audit?kind=desk", sup).body()).contains("mikkeli-2");
        assertThat(api.get("/api/v1/admin/desks", api.login("advisor1")).status())
                .isEqualTo(403);
    }
}
