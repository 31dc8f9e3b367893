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

    @Test
    void limitsPerAddressAndPerUsernameFromAnywhere() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 3, 5, 1000);
        for (int i = 0; i < 3; i++) {
            assertThat(l.tryAcquire("Advisor1", "10.0.0.1")).isTrue();
        }
        assertThat(l.tryAcquire("advisor1", "10.0.0.1")).isFalse();
        assertThat(l.tryAcquire("advisor1", "10.0.0.2")).isTrue();
        assertThat(l.tryAcquire("advisor1", "10.0.0.3")).isTrue();
        assertThat(l.tryAcquire("advisor1", "10.0.0.4"))
                .as("5 a minute for the name")
                .isFalse();
        assertThat(l.tryAcquire("advisor2", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(61));
        assertThat(l.tryAcquire("advisor1", "10.0.0.1")).isTrue();
    }

    @Test
    void aSuccessfulLoginDoesNotCount() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 2, 8, 1000);
        for (int i = 0; i < 10; i++) {
            assertThat(l.tryAcquire("admin", "10.0.0.1")).isTrue();
            l.success("admin", "10.0.0.1");
        }
    }

    @Test
    void parallelAttemptsAreCountedBeforeTheyAreVerified() throws Exception {
        LoginRateLimiter l = new LoginRateLimiter(clock, 5, 20, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return l.tryAcquire("advisor1", "10.0.0.1");
                }));
            }
            go.countDown();
            int allowed = 0;
            for (Future<Boolean> f : results) {
                allowed += f.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void floodingWithOtherNamesDoesNotResetTheLimitOfANameUnderAttack() {
        LoginRateLimiter l = new LoginRateLimiter(clock, 3, 12, 200);
        for (int i = 0; i < 3; i++) {
            assertThat(l.tryAcquire("supervisor", "10.0.0.9")).isTrue();
        }
        for (int i = 0; i < 5_000; i++) {
            l.tryAcquire("random-" + i, "10.0.0.9");
        }
        assertThat(l.size()).isLessThanOrEqualTo(200);
        assertThat(l.tryAcquire("supervisor", "10.0.0.9")).isFalse();
        // expired keys make room first
        clock.advance(Duration.ofSeconds(61));
        assertThat(l.tryAcquire("supervisor", "10.0.0.9")).isTrue();
        assertThat(l.size()).isLessThanOrEqualTo(200);
    }
}
