package fi.luukku.core.outbox;

import fi.luukku.core.concurrent.KeyedSerialExecutor;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one lane for writes to a durable outbox from a UI: each write runs off the UI thread, after every write
 * handed in earlier and never beside one, and its result comes back on the UI thread. Two answers handed in a
 * second apart are stored in that order even though the runner has several worker threads (a plain
 * {@code runner.run} could let the later one overtake). Built on {@link KeyedSerialExecutor}; the advisor's drafts
 * use the same executor with one key per ticket.
 */
public final class OrderedOutbox {
    private static final Logger log = LoggerFactory.getLogger(OrderedOutbox.class);

    private final String name;
    private final TaskRunner runner;
    private final KeyedSerialExecutor serial;

    /**
     * @param name the outbox's name (the lane's key, and in log lines)
     * @param runner whose worker threads run the writes and whose UI thread gets the results
     */
    public OrderedOutbox(String name, TaskRunner runner) {
        this.name = name;
        this.runner = runner;
        this.serial = new KeyedSerialExecutor(task -> runner.run(
                () -> {
                    task.run();
                    return null;
                },
                ok -> {},
                e -> log.warn("a write to the {} outbox failed", name, e)));
    }

    /**
     * Runs {@code write} (blocking: it commits to disk) after every earlier write; then {@code onStored} with its
     * result or {@code onFailed} with its failure, on the UI thread.
     */
    public <T> void write(Callable<T> write, Consumer<T> onStored, Consumer<Exception> onFailed) {
        serial.execute(name, () -> {
            T result;
            try {
                result = write.call();
            } catch (Exception e) {
                runner.onUi(() -> onFailed.accept(e));
                return;
            }
            runner.onUi(() -> onStored.accept(result));
        });
    }

    /** Whether writes are queued or running (false once everything handed in is on disk or failed). */
    public boolean busy() {
        return serial.busyKeys() > 0;
    }
}
