package fi.luukku.advisor.testing;

import fi.luukku.core.concurrent.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.awaitility.Awaitility;

/**
 * A stand-in for the FX thread in tests against a real service: work runs on a pool, results and stream events
 * on one "UI" thread, as in the app. The test reads and drives view models on that thread too.
 */
public final class UiThreadTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        try {
            pool.execute(() -> {
                try {
                    T result = work.call();
                    onUi(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    onUi(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // closed after the test
        }
    }

    @Override
    public void onUi(Runnable action) {
        try {
            ui.execute(action);
        } catch (RejectedExecutionException e) {
            // closed after the test: late stream events are dropped
        }
    }

    /** Runs on the UI thread and returns its result. */
    public <T> T ui(Callable<T> action) {
        try {
            return ui.submit(action).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    public void uiRun(Runnable action) {
        ui(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until the condition, read on the UI thread, holds. */
    public void await(String what, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ui(condition::getAsBoolean));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        ui.shutdownNow();
    }
}
