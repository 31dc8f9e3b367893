package fi.luukku.advisor.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The real delayer: one daemon thread. */
public final class ScheduledDelayer implements Delayer, AutoCloseable {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "advisor-delayer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void after(Duration delay, Runnable action) {
        try {
            executor.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
