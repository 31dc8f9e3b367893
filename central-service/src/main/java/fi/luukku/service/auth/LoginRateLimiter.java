package fi.luukku.service.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Limits login attempts within a minute, per username and address and per username from anywhere. An attempt
 * is counted before the password is checked ({@link #tryAcquire}), so parallel attempts cannot all slip through
 * while the first is being verified; a successful login takes its attempt back ({@link #success}).
 *
 * <p>The table is bounded: past {@code maxKeys} keys, expired ones go first, then those with the fewest recent
 * attempts (a flood of one-off names), so flooding does not reset the limit of a name under attack.
 */
public final class LoginRateLimiter {
    private static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final int maxPerAddress;
    private final int maxPerUser;
    private final int maxKeys;
    private final Map<String, Deque<Long>> attempts = new HashMap<>();

    public LoginRateLimiter(Clock clock, int maxFailuresPerMinute) {
        this(clock, maxFailuresPerMinute, maxFailuresPerMinute * 4, 100_000);
    }

    /**
     * @param maxPerAddress attempts a minute for one username from one address
     * @param maxPerUser attempts a minute for one username from all addresses together
     * @param maxKeys the most keys kept
     */
    public LoginRateLimiter(Clock clock, int maxPerAddress, int maxPerUser, int maxKeys) {
        this.clock = clock;
        this.maxPerAddress = maxPerAddress;
        this.maxPerUser = Math.max(maxPerAddress, maxPerUser);
        this.maxKeys = Math.max(10, maxKeys);
    }

    private static String userKey(String username) {
        return "u:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String username, String address) {
        return "a:" + username.toLowerCase(Locale.ROOT) + "@" + address;
    }

    /** Counts an attempt and answers whether it may go ahead; false means refuse it (too many). */
    public synchronized boolean tryAcquire(String username, String address) {
        long now = clock.millis();
        String u = userKey(username);
        String a = addressKey(username, address);
        if (count(u, now) >= maxPerUser || count(a, now) >= maxPerAddress) {
            return false;
        }
        if (!attempts.containsKey(u) || !attempts.containsKey(a)) {
            makeRoom(now);
        }
        attempts.computeIfAbsent(u, k -> new ArrayDeque<>()).addLast(now);
        attempts.computeIfAbsent(a, k -> new ArrayDeque<>()).addLast(now);
        return true;
    }

    /** The attempt succeeded: it does not count against the name or the address. */
    public synchronized void success(String username, String address) {
        attempts.remove(addressKey(username, address));
        Deque<Long> d = attempts.get(userKey(username));
        if (d != null) {
            d.pollLast();
            if (d.isEmpty()) {
                attempts.remove(userKey(username));
            }
        }
    }

    synchronized int size() {
        return attempts.size();
    }

    private int count(String key, long now) {
        Deque<Long> d = attempts.get(key);
        if (d == null) {
            return 0;
        }
        prune(d, now);
        if (d.isEmpty()) {
            attempts.remove(key);
            return 0;
        }
        return d.size();
    }

    private void makeRoom(long now) {
        if (attempts.size() + 2 <= maxKeys) {
            return;
        }
        attempts.values().forEach(d -> prune(d, now));
        attempts.values().removeIf(Deque::isEmpty);
        int target = maxKeys - maxKeys / 10 - 2;
        if (attempts.size() <= target) {
            return;
        }
        // still full of live keys: drop those with the fewest attempts, the oldest first among them
        List<Map.Entry<String, Deque<Long>>> entries = new ArrayList<>(attempts.entrySet());
        entries.sort(Comparator.<Map.Entry<String, Deque<Long>>>comparingInt(
                        e -> e.getValue().size())
                .thenComparingLong(e -> e.getValue().peekLast()));
        int drop = attempts.size() - target;
        List<String> victims = new ArrayList<>(drop);
        for (int i = 0; i < drop; i++) {
            victims.add(entries.get(i).getKey());
        }
        victims.forEach(attempts::remove);
    }

    private static void prune(Deque<Long> d, long now) {
        long cutoff = now - WINDOW_MILLIS;
        while (!d.isEmpty() && d.peekFirst() < cutoff) {
            d.removeFirst();
        }
    }
}
