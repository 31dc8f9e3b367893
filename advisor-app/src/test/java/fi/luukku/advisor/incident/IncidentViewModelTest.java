package fi.luukku.advisor.incident;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentViewModelTest {
    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);
    private final TestConsole console = new TestConsole(service, service.desks.get(0), clock, Language.EN).start();
    private final IncidentViewModel incident = console.vm.incident();

    @Test
    void recordsTheIncidentWithTheTimeTheButtonWasPressed() {
        incident.begin();
        clock.advance(Duration.ofMinutes(2));
        incident.chooseCategoryNumber(1);
        incident.severityProperty().set(3);
        incident.descriptionProperty().set("Shouting at the counter");
        incident.save();

        assertThat(service.incidents).hasSize(1);
        var saved = service.incidents.values().iterator().next();
        assertThat(saved.category()).isEqualTo("THREAT");
        assertThat(saved.severity()).isEqualTo(3);
        assertThat(saved.deskId()).isEqualTo("desk-1");
        assertThat(saved.occurredAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(incident.openProperty().get()).isFalse();
        assertThat(incident.messageProperty().get()).isEqualTo("Incident recorded.");
    }

    @Test
    void aRetryAfterAFailureUsesTheSameKeySoTheServiceKeepsOne() {
        incident.begin();
        incident.descriptionProperty().set("Door slammed");
        service.failNext(503, null);
        incident.save();
        assertThat(incident.errorProperty().get())
                .isEqualTo("Incident: The central service cannot be reached right now.");
        assertThat(incident.descriptionProperty().get()).isEqualTo("Door slammed");
        assertThat(incident.openProperty().get()).isTrue();

        console.delayer.runDue();
        incident.save();
        incident.begin();
        incident.save();
        assertThat(service.incidents).hasSize(2); // the second begin() is a new incident with a new key
        assertThat(service.calls.stream().filter("recordIncident"::equals).count())
                .isEqualTo(3);
    }

    @Test
    void invalidInputIsExplained() {
        incident.begin();
        service.failNext(400, "severity must be 1..3");
        incident.save();
        assertThat(incident.errorProperty().get()).isEqualTo("Incident: The service did not accept the input.");
    }
}
