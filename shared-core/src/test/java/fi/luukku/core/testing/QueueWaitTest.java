package fi.luukku.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueueWaitTest {

    @Test
    void takesTheFirstMatchingElementAnotherThreadPuts() {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        ScheduledExecutorService producer = Executors.newSingleThreadScheduledExecutor();
        try {
            producer.schedule(
                    () -> events.addAll(java.util.List.of("queue.updated", "ticket.called", "x")),
                    100,
                    TimeUnit.MILLISECONDS);
            String e = QueueWait.awaitMatching(
                    events, s -> s.startsWith("ticket."), "ticket event", Duration.ofSeconds(10));
            assertThat(e).isEqualTo("ticket.called");
            assertThat(events).containsExactly("x");
        } finally {
            producer.shutdownNow();
        }
    }

    @Test
    void failsNamingWhatItWaitedFor() {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        events.add("queue.updated");
        assertThatThrownBy(() -> QueueWait.awaitMatching(
                        events, "ticket.called"::equals, "ticket.called event", Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no ticket.called event within");
    }
}
