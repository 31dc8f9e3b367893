package fi.luukku.core.net;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with jitter, for every retry loop in Luukku (event-stream reconnects, outbox sends,
 * snapshot reloads, local-disk retries, database lock conflicts).
 *
 * <p>The n-th wait is {@code first × 2^(n-1)}, capped at {@code max}, then shortened by a random part of up to
 * {@code jitter} of itself, so two hundred displays that lost the service together do not come back in step. The
 * jitter only ever shortens a wait: a wait is never longer than the cap, and never shorter than
 * {@code first × (1 - jitter)}.
 */
public final class Backoff {
    private final Duration first;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;
    private int failures;

    /** {@code jitter} is the largest share (0 to 0.5) a wait may be shortened by at random. */
    public Backoff(Duration first, Duration max, double jitter) {
        this(first, max, jitter, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With a given source of random numbers in [0, 1) (tests). */
    public Backoff(Duration first, Duration max, double jitter, DoubleSupplier random) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max, got " + first + " and " + max);
        }
        if (jitter < 0 || jitter > 0.5) {
            throw new IllegalArgumentException("jitter must be 0..0.5, was " + jitter);
        }
        this.first = first;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
    }

    /** One more failure: the wait before the next try. */
    public synchronized Duration next() {
        if (failures < Integer.MAX_VALUE) {
            failures++;
        }
        return delayFor(failures);
    }

    /** A success: the next failure waits {@code first} again. */
    public synchronized void reset() {
        failures = 0;
    }

    /** Failures since the last {@link #reset}. */
    public synchronized int failures() {
        return failures;
    }

    /** The wait after the {@code attempt}-th failure in a row (1 = the first), jitter included. */
    public Duration delayFor(int attempt) {
        long ceiling = ceiling(attempt).toNanos();
        long cut = (long) (ceiling * jitter * random.getAsDouble());
        return Duration.ofNanos(ceiling - cut);
    }

    /** The wait after the {@code attempt}-th failure without jitter: the most it can be. */
    public Duration ceiling(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 40));
        long firstNanos = first.toNanos();
        long maxNanos = max.toNanos();
        if (doublings >= Long.numberOfLeadingZeros(firstNanos) - 1) {
            return max; // would overflow: far past the cap anyway
        }
        return Duration.ofNanos(Math.min(firstNanos << doublings, maxNanos));
    }

    public Duration first() {
        return first;
    }

    public Duration max() {
        return max;
    }
}
