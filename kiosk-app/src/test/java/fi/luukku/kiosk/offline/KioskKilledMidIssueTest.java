package fi.luukku.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxItem;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a kiosk process (SIGKILL) while it issues offline tickets: every ticket it showed is in its outbox. */
class KioskKilledMidIssueTest {
    @TempDir
    Path data;

    @Test
    void everyShownTicketSurvivesAKillAndNoNumberIsGivenTwice() throws Exception {
        try (OfflineNumberStore numbers = OfflineNumberStore.open(data)) {
            numbers.save(new OfflineBlockDto(
                    "kiosk-kill",
                    LocalDate.now(ZoneId.of("Europe/Helsinki")),
                    List.of(new OfflineBlockDto.Range("mikkeli-kela", "K", 700, 999))));
        }
        List<String[]> shown = new ArrayList<>();
        int[] killAfter = {3, 17, 40};
        for (int run = 0; run < killAfter.length; run++) {
            shown.addAll(runAndKill("run" + run, killAfter[run]));
        }
        ObjectMapper mapper = JsonMapper.create();
        try (DurableOutbox outbox = DurableOutbox.open(data, "kiosk-outbox", Clock.systemUTC())) {
            List<OutboxItem> items = outbox.undelivered();
            Map<String, String> numberByKey = new java.util.HashMap<>();
            for (OutboxItem item : items) {
                numberByKey.put(
                        item.idempotencyKey(),
                        mapper.readValue(item.payload(), IssueTicketRequest.class)
                                .offlineNumber());
            }
            for (String[] s : shown) {
                assertThat(numberByKey).as("shown ticket %s is stored", s[0]).containsEntry(s[1], s[0]);
            }
            Set<String> distinct = new HashSet<>(numberByKey.values());
            assertThat(distinct).as("no offline number twice").hasSize(numberByKey.size());
        }
        assertThat(shown.stream().map(s -> s[0]).collect(Collectors.toSet())).hasSize(shown.size());
    }

    private List<String[]> runAndKill(String run, int killAfter) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OfflineIssuingProcess.class.getName(),
                        data.toString(),
                        run)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String[]> shown = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("SHOWN ")) {
                    String[] parts = line.split(" ");
                    shown.add(new String[] {parts[1], parts[2]});
                    if (shown.size() >= killAfter) {
                        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the database
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(killAfter);
        return shown;
    }
}
