package fi.luukku.service.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/** Refuses logins for a username and address after too many failures within a minute. */
public final class LoginRateLimiter {
    private final Clock clock;
    private final int maxFailuresPerMinute;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginRateLimiter(Clock clock, int maxFailuresPerMinute) {
        this.clock = clock;
        this.maxFailuresPerMinute = maxFailuresPerMinute;
    }

    public boolean allow(String key) {
        Deque<Long> d = failures.get(key);
        if (d == null) {
            return true;
        }
        synchronized (d) {
            prune(d);
            return d.size() < maxFailuresPerMinute;
        }
    }

    public void failure(String key) {
        Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(clock.millis());
        }
        if (failures.size() > 100_000) {
            failures.clear(); // a flood of random names must not exhaust memory
        }
    }

    public void success(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Long> d) {
        long cutoff = clock.millis() - 60_000;
        while (!d.isEmpty() && d.peekFirst() < cutoff) {
            d.removeFirst();
        }
    }
}
