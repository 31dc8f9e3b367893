package fi.luukku.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(15);

    @Test
    void withoutJitterEachWaitDoublesUpToTheCap() {
        Backoff b = new Backoff(FIRST, MAX, 0);
        assertThat(b.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(b.next()).isEqualTo(Duration.ofMillis(1000));
        assertThat(b.next()).isEqualTo(Duration.ofMillis(2000));
        assertThat(b.next()).isEqualTo(Duration.ofMillis(4000));
        assertThat(b.next()).isEqualTo(Duration.ofMillis(8000));
        assertThat(b.next()).isEqualTo(MAX);
        assertThat(b.next()).isEqualTo(MAX);
        assertThat(b.failures()).isEqualTo(7);
    }

    @Test
    void resetStartsOverFromTheFirstWait() {
        Backoff b = new Backoff(FIRST, MAX, 0);
        b.next();
        b.next();
        b.next();
        b.reset();
        assertThat(b.failures()).isZero();
        assertThat(b.next()).isEqualTo(FIRST);
    }

    @Test
    void jitterOnlyShortensAWaitAndByAtMostItsShare() {
        Backoff lowest = new Backoff(FIRST, MAX, 0.25, () -> 0.999_999);
        Backoff highest = new Backoff(FIRST, MAX, 0.25, () -> 0.0);
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration ceiling = lowest.ceiling(attempt);
            assertThat(highest.delayFor(attempt)).isEqualTo(ceiling);
            assertThat(lowest.delayFor(attempt)).isLessThan(ceiling).isGreaterThanOrEqualTo(Duration.ofNanos((long)
                    (ceiling.toNanos() * 0.75)));
        }
    }

    @Test
    void realJitterStaysWithinTheBoundsAndSpreadsTheWaits() {
        Backoff b = new Backoff(FIRST, MAX, 0.25);
        java.util.Set<Duration> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Duration d = b.delayFor(30);
            assertThat(d).isBetween(Duration.ofNanos((long) (MAX.toNanos() * 0.75)), MAX);
            seen.add(d);
        }
        assertThat(seen).hasSizeGreaterThan(100); // spread out, not in step
        for (int i = 0; i < 1000; i++) {
            assertThat(b.delayFor(1)).isBetween(Duration.ofMillis(375), FIRST);
        }
    }

    @Test
    void growthDoesNotOverflowAfterManyFailures() {
        Backoff b = new Backoff(Duration.ofMillis(1), Duration.ofDays(1), 0);
        assertThat(b.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
        assertThat(b.ceiling(0)).isEqualTo(Duration.ofMillis(1));
        assertThat(b.ceiling(64)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, MAX, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(MAX, FIRST, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(FIRST, MAX, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }
}
