package fi.luukku.service.auth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing without locking anyone out (issue 13). Only <em>proven</em> failures count — a
 * wrong password, counted after the check — and only for the pair of username and address they came from, so
 * nobody's wrong guesses elsewhere ever refuse a correct password. After {@code freeFailures} failures of a pair,
 * each further attempt must wait a delay that doubles with every failure (1 s, 2 s, 4 s … at most a minute);
 * a success clears the pair, and a pair forgets its failures after a quiet quarter of an hour. At most one
 * attempt of a pair is verified at a time, so parallel guesses cannot slip through while one is checked.
 *
 * <p>The table is bounded: past {@code maxKeys} pairs, forgotten ones go first, then those with the fewest
 * failures, so a flood of one-off names cannot reset the delay of a name under attack.
 */
public final class LoginRateLimiter {
    static final long FORGET_MILLIS = 15 * 60_000;
    static final long MAX_DELAY_MILLIS = 60_000;
    /** Answer to an attempt while another of the same pair is being verified. */
    static final long BUSY_MILLIS = 1_000;

    private final Clock clock;
    private final int freeFailures;
    private final int maxKeys;
    private final Map<String, Pair> pairs = new HashMap<>();

    private static final class Pair {
        int failures;
        long lastFailure;
        boolean verifying;
    }

    public LoginRateLimiter(Clock clock, int freeFailures) {
        this(clock, freeFailures, 100_000);
    }

    public LoginRateLimiter(Clock clock, int freeFailures, int maxKeys) {
        this.clock = clock;
        this.freeFailures = Math.max(1, freeFailures);
        this.maxKeys = Math.max(10, maxKeys);
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "@" + address;
    }

    /**
     * Asks to verify a password now: 0 means go ahead (then report {@link #success} or {@link #failure}), more
     * means refuse and tell the client to wait that many milliseconds.
     */
    public synchronized long tryAcquire(String username, String address) {
        long now = clock.millis();
        String k = key(username, address);
        Pair p = pairs.get(k);
        if (p != null && forgotten(p, now)) {
            pairs.remove(k);
            p = null;
        }
        if (p == null) {
            makeRoom(now);
            p = new Pair();
            pairs.put(k, p);
        }
        if (p.verifying) {
            return BUSY_MILLIS;
        }
        long wait = p.lastFailure + delay(p.failures) - now;
        if (wait > 0) {
            return wait;
        }
        p.verifying = true;
        return 0;
    }

    /** The password was right: the pair starts afresh. */
    public synchronized void success(String username, String address) {
        pairs.remove(key(username, address));
    }

    /** The password was wrong (or the name unknown): one more proven failure for the pair. */
    public synchronized void failure(String username, String address) {
        Pair p = pairs.computeIfAbsent(key(username, address), x -> new Pair());
        p.failures++;
        p.lastFailure = clock.millis();
        p.verifying = false;
    }

    /** The attempt ended without a verdict (an error): it neither counts nor blocks. */
    public synchronized void abandon(String username, String address) {
        Pair p = pairs.get(key(username, address));
        if (p != null) {
            p.verifying = false;
        }
    }

    long delay(int failures) {
        if (failures < freeFailures) {
            return 0;
        }
        int doublings = Math.min(failures - freeFailures, 16);
        return Math.min(MAX_DELAY_MILLIS, 1_000L << doublings);
    }

    synchronized int size() {
        return pairs.size();
    }

    private static boolean forgotten(Pair p, long now) {
        return !p.verifying && now - p.lastFailure > FORGET_MILLIS;
    }

    private void makeRoom(long now) {
        if (pairs.size() + 1 <= maxKeys) {
            return;
        }
        pairs.values().removeIf(p -> forgotten(p, now));
        int target = maxKeys - maxKeys / 10 - 1;
        if (pairs.size() <= target) {
            return;
        }
        List<Map.Entry<String, Pair>> entries = new ArrayList<>(pairs.entrySet());
        entries.sort(Comparator.<Map.Entry<String, Pair>>comparingInt(e -> e.getValue().failures)
                .thenComparingLong(e -> e.getValue().lastFailure));
        int drop = pairs.size() - target;
        for (int i = 0; i < drop; i++) {
            pairs.remove(entries.get(i).getKey());
        }
    }
}
