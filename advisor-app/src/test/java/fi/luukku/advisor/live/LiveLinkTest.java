package fi.luukku.advisor.live;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveLinkTest {
    private final FakeService.MutableClock clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final FakeService service = new FakeService(clock);

    @Test
    void startsFromTheSnapshotThenFollowsTheStreamWithoutPolling() {
        service.issue("q-kela", "fi", List.of());
        TestConsole console = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
        assertThat(console.link.state().tickets()).hasSize(1);

        service.issue("q-kela", "fi", List.of());
        assertThat(console.link.state().tickets()).hasSize(2);
        assertThat(console.link.state().queues().stream()
                        .filter(q -> q.id().equals("q-kela"))
                        .findFirst()
                        .orElseThrow()
                        .waiting())
                .isEqualTo(2);
        assertThat(service.calls.stream().filter("snapshot"::equals).count()).isEqualTo(1);
        assertThat(service.calls.stream().filter("queues"::equals).count()).isZero();
    }

    @Test
    void aStreamResetReloadsTheSnapshot() {
        TestConsole console = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
        service.issue("q-kela", "fi", List.of());
        service.emit(EventTypes.STREAM_RESET, Map.of());
        assertThat(service.calls.stream().filter("snapshot"::equals).count()).isEqualTo(2);
        assertThat(console.link.state().tickets()).hasSize(1);
    }

    @Test
    void whenTheServiceIsDownAtStartTheConsoleLoadsEverythingOnceItAnswers() {
        service.setDown(true);
        service.issue("q-kela", "fi", List.of());
        TestConsole console = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
        assertThat(console.link.isOnline()).isFalse();
        assertThat(console.vm.catalog().eventTypes()).isEmpty();

        service.setDown(false);

        assertThat(console.link.isOnline()).isTrue();
        assertThat(console.link.state().tickets()).hasSize(1);
        assertThat(console.vm.catalog().eventTypes()).hasSize(4);
    }
}
