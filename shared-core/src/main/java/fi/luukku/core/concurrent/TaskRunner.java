package fi.luukku.core.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (HTTP, SQL, serial I/O) off the UI thread and hands the result back on it. Apps wire the
 * JavaFX implementation; view-model tests use {@link CurrentThreadTaskRunner} so they are deterministic.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs an action on the UI thread (events from the stream, device callbacks). */
    void onUi(Runnable action);
}
