package fi.luukku.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.service.testing.TestServer;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The wait a kiosk prints is the service's look-ahead estimate, through the real client: ten minutes before the
 * point opens (09:00 on weekdays in the demo) it is about ten minutes and says no desk is open yet, where the old
 * rule would have said "no wait".
 */
class ServiceEstimateOnTicketTest {
    @Test
    void aTicketTakenBeforeOpeningIsPrintedWithTheTimeUntilOpening() {
        try (TestServer server = TestServer.start(Map.of(), TestServer.nextTuesdayAt(LocalTime.of(8, 50)))) {
            LuukkuClient client = new LuukkuClient(
                    server.baseUrl(),
                    () -> "demo-kiosk-saarijarvi",
                    LuukkuClient.defaultHttpClient(),
                    JsonMapper.create());
            String key = UUID.randomUUID().toString();
            IssuedTicket t = IssuedTicket.online(
                    client.issueTicket(
                            "saarijarvi", IssueTicketRequest.online("saarijarvi-mml-kiinteisto", "en", List.of()), key),
                    key);
            assertThat(t.noDeskOpen()).isTrue();
            assertThat(t.estimatedWaitSeconds()).isBetween(9 * 60L, 11 * 60L);
            assertThat(t.waitWords("en")).hasValue("about 10 min; no desk is open yet");
            assertThat(t.waitWords("sv")).hasValue("cirka 10 min, ingen disk är öppen ännu");
        }
    }
}
