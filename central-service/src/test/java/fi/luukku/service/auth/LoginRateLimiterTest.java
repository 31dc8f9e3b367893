package fi.luukku.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
    private final MutableClock clock = new MutableClock();

    private static void fail(LoginRateLimiter l, String user, String address) {
        assertThat(l.tryAcquire(user, address)).isZero();
        l.failure(user, address);
    }

    @Test
    void someoneElsesWrongPasswordsNeverRefuseACorrectOne() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 5);
        for (int i = 0; i < 200; i++) {
            // an attacker guesses advisor1's password from many addresses, and from the same one
            String from = i % 2 == 0 ? "10.9.9.9" : "10.9.9." + (i % 250);
            if (l.tryAcquire("advisor1", from) == 0) {
                l.failure("advisor1", from);
            }
        }
        assertThat(l.tryAcquire("advisor1", "10.0.0.1"))
                .as("the advisor at their own desk")
                .isZero();
        l.success("advisor1", "10.0.0.1");
    }

    @Test
    void provenFailuresOfAPairEarnADelayThatDoublesNeverALockout() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 3);
        for (int i = 0; i < 3; i++) {
            fail(l, "Advisor1", "10.0.0.1");
        }
        long first = l.tryAcquire("advisor1", "10.0.0.1");
        assertThat(first).isBetween(1L, 1_000L);
        clock.advance(Duration.ofMillis(first));
        fail(l, "advisor1", "10.0.0.1");
        assertThat(l.tryAcquire("advisor1", "10.0.0.1")).isBetween(1_001L, 2_000L);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(l, "advisor1", "10.0.0.1");
        }
        assertThat(l.tryAcquire("advisor1", "10.0.0.1")).isLessThanOrEqualTo(LoginRateLimiter.MAX_DELAY_MILLIS);
        clock.advance(Duration.ofMinutes(1));
        assertThat(l.tryAcquire("advisor1", "10.0.0.1"))
                .as("a correct password gets through after the wait")
                .isZero();
        l.success("advisor1", "10.0.0.1");
        assertThat(l.tryAcquire("advisor1", "10.0.0.1")).isZero();
    }

    @Test
    void successesNeverCount() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 2);
        for (int i = 0; i < 10; i++) {
            assertThat(l.tryAcquire("admin", "10.0.0.1")).isZero();
            l.success("admin", "10.0.0.1");
        }
    }

    @Test
    void parallelAttemptsOfAPairAreVerifiedOneAtATime() throws Exception {
        LoginRateLimiter l = new LoginRateLimiter(clock, 5);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return l.tryAcquire("advisor1", "10.0.0.1");
                }));
            }
            go.countDown();
            int allowed = 0;
            for (Future<Long> f : results) {
                allowed += f.get() == 0 ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void floodingWithOtherNamesDoesNotResetTheDelayOfANameUnderAttack() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 3, 200);
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(l, "supervisor", "10.0.0.9");
        }
        for (int i = 0; i < 5_000; i++) {
            if (l.tryAcquire("random-" + i, "10.0.0.9") == 0) {
                l.failure("random-" + i, "10.0.0.9");
            }
        }
        assertThat(l.size()).isLessThanOrEqualTo(200);
        assertThat(l.tryAcquire("supervisor", "10.0.0.9")).isPositive();
        clock.advance(Duration.ofMinutes(16)); // forgotten after a quiet quarter of an hour
        assertThat(l.tryAcquire("supervisor", "10.0.0.9")).isZero();
    }
}
