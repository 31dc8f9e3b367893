package fi.luukku.display.feed;

import java.time.Duration;

/** Runs something later on the UI thread (a retry after a backoff). Tests supply a manual one. */
@FunctionalInterface
public interface Scheduler {
    void after(Duration delay, Runnable action);
}
