package fi.luukku.advisor.testing;

import fi.luukku.advisor.live.Delayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A delayer the test runs by hand. */
public final class ManualDelayer implements Delayer {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public synchronized void after(Duration delay, Runnable action) {
        pending.add(action);
    }

    public synchronized int pending() {
        return pending.size();
    }

    /** Runs what is due now (not what those actions schedule in turn). */
    public void runDue() {
        List<Runnable> due;
        synchronized (this) {
            due = new ArrayList<>(pending);
            pending.clear();
        }
        due.forEach(Runnable::run);
    }
}
