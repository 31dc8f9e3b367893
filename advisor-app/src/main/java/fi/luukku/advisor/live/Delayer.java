package fi.luukku.advisor.live;

import java.time.Duration;

/** Runs something later on a background thread (reconnect probes). Tests run it by hand. */
public interface Delayer {
    void after(Duration delay, Runnable action);
}
