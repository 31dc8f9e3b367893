package fi.luukku.advisor.stats;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.i18n.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsViewModelTest {
    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);
    private final TestConsole console = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
    private final StatisticsViewModel stats = console.vm.statistics();

    @Test
    void showsTodaysFiguresTranslatedAndFollowsTheStreamWhileShown() {
        service.issue("q-kela", "fi", List.of());
        stats.setShowing(true);
        assertThat(stats.rows())
                .extracting(StatisticsViewModel.Row::label, StatisticsViewModel.Row::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Vuoronumeroita", "1"),
                        org.assertj.core.groups.Tuple.tuple("Keskimääräinen odotus", "2 min 5 s"));

        service.issue("q-kela", "fi", List.of());
        assertThat(stats.rows().get(0).value()).isEqualTo("2");

        stats.setShowing(false);
        service.issue("q-kela", "fi", List.of());
        assertThat(stats.rows().get(0).value()).isEqualTo("2");
    }

    @Test
    void offlineItSaysSo() {
        service.setDown(true);
        stats.setShowing(true);
        assertThat(stats.errorProperty().get()).isEqualTo("Keskuspalveluun ei juuri nyt saada yhteyttä.");
    }
}
