package fi.luukku.advisor.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.i18n.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HelpAlertsViewModelTest {
    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);

    @Test
    void aHelpAlertReachesTwoConsolesWithASoundAndOneAcknowledgementClearsBoth() {
        TestConsole one = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
        TestConsole two = new TestConsole(service, service.desks.get(1), clock, Language.SV).start();

        service.requestHelp("Asiakaspääte 2");

        assertThat(one.vm.help().alerts()).extracting(h -> h.location()).containsExactly("Asiakaspääte 2");
        assertThat(two.vm.help().alerts()).extracting(h -> h.location()).containsExactly("Asiakaspääte 2");
        assertThat(one.sounds.get()).isEqualTo(1);
        assertThat(two.sounds.get()).isEqualTo(1);
        assertThat(one.vm.help().alertingProperty().get()).isTrue();

        two.vm.help().acknowledgeOldest();

        assertThat(one.vm.help().alerts()).isEmpty();
        assertThat(two.vm.help().alerts()).isEmpty();
        assertThat(one.vm.help().alertingProperty().get()).isFalse();
    }

    @Test
    void anAlertRaisedBeforeTheConsoleStartedIsShownFromTheSnapshot() {
        service.requestHelp("Kioski");
        TestConsole late = new TestConsole(service, service.desks.get(0), clock, Language.EN).start();
        assertThat(late.vm.help().alerts()).hasSize(1);
    }

    @Test
    void whenSomeoneElseWasQuickerTheAlertSimplyGoesAway() {
        TestConsole one = new TestConsole(service, service.desks.get(0), clock, Language.EN).start();
        var h = service.requestHelp("Kioski");
        service.failNext(409, "already acknowledged");
        one.vm.help().acknowledge(h);
        assertThat(one.vm.help().alerts()).isEmpty();
        assertThat(one.vm.help().errorProperty().get()).isNull();
    }

    @Test
    void anUnreachableServiceIsSaidAndTheAlertStays() {
        TestConsole one = new TestConsole(service, service.desks.get(0), clock, Language.EN).start();
        var h = service.requestHelp("Kioski");
        service.failNext(0, null);
        one.vm.help().acknowledge(h);
        assertThat(one.vm.help().alerts()).hasSize(1);
        assertThat(one.vm.help().errorProperty().get())
                .isEqualTo("I'm on my way: The central service cannot be reached right now.");
    }
}
