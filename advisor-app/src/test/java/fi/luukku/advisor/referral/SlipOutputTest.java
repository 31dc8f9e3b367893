package fi.luukku.advisor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.ReferralKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Slow slip I/O (PNG encoding, printing) never runs on the calling (FX) thread: it goes through the runner. */
@ExtendWith(ApplicationExtension.class)
class SlipOutputTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** Holds the work back until the test runs it, as a worker would later. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        void runHeld() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    private static ReferralSlip slip() {
        return new ReferralSlip(
                "fi",
                "Mikkeli",
                "A 012",
                ReferralKind.QUEUE,
                "Kela",
                null,
                "Ota henkilöllisyystodistus mukaan.",
                "Numerosi kutsutaan.",
                "http://localhost/t/abc",
                Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void thePngIsWrittenByTheRunnerNotOnTheFxThread(@TempDir Path dir) throws Exception {
        HeldRunner runner = new HeldRunner();
        SlipOutput out = new SlipOutput(dir, HELSINKI, runner);
        AtomicReference<Path> saved = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> out.savePng(slip(), saved::set, e -> {
                    throw new AssertionError(e);
                })));
        assertThat(runner.held).as("the file write waits for a worker").hasSize(1);
        assertThat(dir.resolve("slips")).doesNotExist();

        runner.runHeld();
        assertThat(saved.get()).isNotNull().exists();
        assertThat(Files.size(saved.get())).isGreaterThan(1000);
        assertThat(saved.get().getParent()).isEqualTo(out.directory());
    }

    @Test
    void printingRunsOnAWorkerAndAFailureIsReported(@TempDir Path dir) throws Exception {
        HeldRunner runner = new HeldRunner();
        AtomicReference<String> printedOn = new AtomicReference<>();
        SlipOutput out = new SlipOutput(dir, HELSINKI, runner, s -> {
            printedOn.set(Thread.currentThread().getName());
            return true;
        });
        AtomicReference<Boolean> done = new AtomicReference<>();
        Platform.runLater(() -> out.print(slip(), done::set, e -> {}));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printedOn.get()).as("nothing printed on the FX thread").isNull();
        Thread worker = new Thread(runner::runHeld, "worker");
        worker.start();
        worker.join();
        assertThat(printedOn.get()).isEqualTo("worker");
        assertThat(done.get()).isTrue();

        SlipOutput broken = new SlipOutput(dir, HELSINKI, runner, s -> {
            throw new IllegalStateException("paper jam");
        });
        AtomicReference<Exception> failure = new AtomicReference<>();
        broken.print(slip(), done::set, failure::set);
        runner.runHeld();
        assertThat(failure.get()).hasMessage("paper jam");
    }
}
