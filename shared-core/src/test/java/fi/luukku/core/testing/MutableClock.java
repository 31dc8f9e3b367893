package fi.luukku.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand ({@link #advance}, {@link #set}). {@code new MutableClock()} runs with real time plus
 * whatever the test advanced it by (for a running server, whose events must stay in order); {@code new
 * MutableClock(start)} stands still until moved. {@link #withZone} views share the same time.
 */
public class MutableClock extends Clock {
    private final AtomicReference<Instant> fixed;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ZoneId zone;

    /** Real time, plus what the test advances. */
    public MutableClock() {
        this(null, ZoneOffset.UTC);
    }

    /** Stands at {@code start} until moved; zone UTC. */
    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    /** Stands at {@code start} until moved, in {@code zone}. */
    public MutableClock(Instant start, ZoneId zone) {
        this.fixed = start == null ? null : new AtomicReference<>(start);
        this.zone = zone;
    }

    /**
     * Real time running from {@code start} (a server in a test sees a chosen moment, such as a weekday morning, and
     * its time still moves); it can be advanced.
     */
    public static MutableClock runningFrom(Instant start) {
        MutableClock c = new MutableClock();
        c.advance(Duration.between(Instant.now(), start));
        return c;
    }

    public void advance(Duration d) {
        if (fixed != null) {
            fixed.updateAndGet(now -> now.plus(d));
        } else {
            offset.updateAndGet(o -> o.plus(d));
        }
    }

    /** Moves a standing clock to {@code instant}. */
    public void set(Instant instant) {
        if (fixed == null) {
            throw new IllegalStateException("a real-time clock can only be advanced");
        }
        fixed.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return fixed != null ? fixed.get() : Instant.now().plus(offset.get());
    }
}
