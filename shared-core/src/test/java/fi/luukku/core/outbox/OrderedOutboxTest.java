package fi.luukku.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.concurrent.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderedOutboxTest {
    /** Like the apps' runner: eight workers, and a single "UI" thread for the results. */
    private final ExecutorService workers = Executors.newFixedThreadPool(8);

    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    private final TaskRunner runner = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            workers.execute(() -> {
                try {
                    T r = work.call();
                    ui.execute(() -> onSuccess.accept(r));
                } catch (Exception e) {
                    ui.execute(() -> onFailure.accept(e));
                }
            });
        }

        @Override
        public void onUi(Runnable action) {
            ui.execute(action);
        }
    };

    @AfterEach
    void stop() {
        workers.shutdownNow();
        ui.shutdownNow();
    }

    @Test
    void twentyWritesInARowAreStoredInTheOrderTheyCame(@TempDir Path dir) {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "feedback-outbox", Clock.systemUTC())) {
            OrderedOutbox lane = new OrderedOutbox("feedback-outbox", runner);
            List<String> stored = new CopyOnWriteArrayList<>();
            for (int i = 1; i <= 20; i++) {
                String key = "answer-" + i;
                lane.write(
                        () -> {
                            // an uneven disk: without the lane a later answer would often overtake
                            Thread.sleep(ThreadLocalRandom.current().nextInt(4));
                            outbox.add("feedback", key, "{}");
                            return key;
                        },
                        stored::add,
                        e -> stored.add("failed " + key));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> stored.size() == 20 && !lane.busy());
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                expected.add("answer-" + i);
            }
            assertThat(stored).as("results on the UI thread, in order").isEqualTo(expected);
            assertThat(outbox.due(50).stream().map(OutboxItem::idempotencyKey).toList())
                    .as("the newest is the last one on disk")
                    .isEqualTo(expected);
        }
    }

    @Test
    void aFailedWriteIsReportedAndTheNextOneStillRuns(@TempDir Path dir) {
        OrderedOutbox lane = new OrderedOutbox("o", runner);
        List<String> seen = new CopyOnWriteArrayList<>();
        lane.write(
                () -> {
                    throw new IllegalStateException("disk full");
                },
                ok -> seen.add("stored?"),
                e -> seen.add(e.getMessage()));
        lane.write(() -> "second", seen::add, e -> seen.add("failed"));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly("disk full", "second");
    }
}
