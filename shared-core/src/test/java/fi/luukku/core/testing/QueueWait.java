package fi.luukku.core.testing;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits (through Awaitility) for an element of a queue filled by another thread, an event listener say, that
 * matches; the elements before it are taken off the queue and dropped. One helper instead of a hand-written
 * deadline loop in each test.
 */
public final class QueueWait {
    private QueueWait() {}

    /** The first element that matches, taken within {@code atMost}; fails naming {@code what} otherwise. */
    public static <T> T awaitMatching(BlockingQueue<T> queue, Predicate<T> match, String what, Duration atMost) {
        AtomicReference<T> found = new AtomicReference<>();
        try {
            Awaitility.await(what)
                    .atMost(atMost)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        for (T e = queue.poll(); e != null; e = queue.poll()) {
                            if (match.test(e)) {
                                found.set(e);
                                return true;
                            }
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no " + what + " within " + atMost, e);
        }
        return found.get();
    }
}
