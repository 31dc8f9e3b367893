package fi.luukku.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.service.testing.TestServer;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void issueAndCallATicket() {
        try (TestServer server = TestServer.start()) {
            LuukkuClient kiosk = new LuukkuClient(
                    server.baseUrl(),
                    () -> "demo-kiosk-mikkeli",
                    LuukkuClient.defaultHttpClient(),
                    JsonMapper.create());
            assertThat(kiosk.health().status()).isEqualTo("UP");
            // the suite runs on PostgreSQL when luukku.test.pg.url is given, on H2 otherwise
            assertThat(kiosk.health().database()).isEqualTo(TestServer.pgUrl() != null ? "postgresql" : "h2");
            assertThat(kiosk.points()).hasSize(5);
            var services = kiosk.services("mikkeli");
            String kela = services.stream()
                    .filter(s -> s.authorityId().equals("kela"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            TicketDto t =
                    kiosk.issueTicket("mikkeli", IssueTicketRequest.online(kela, "fi", java.util.List.of()), "k1");
            assertThat(t.number()).isEqualTo("K001");
            String[] token = {null};
            LuukkuClient advisor = new LuukkuClient(
                    server.baseUrl(), () -> token[0], LuukkuClient.defaultHttpClient(), JsonMapper.create());
            token[0] = advisor.login(new LoginRequest("advisor1", "demo", "mikkeli-1"))
                    .token();
            TicketDto called = advisor.callNext("mikkeli", "mikkeli-1").orElseThrow();
            assertThat(called.id()).isEqualTo(t.id());
            assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        }
    }
}
