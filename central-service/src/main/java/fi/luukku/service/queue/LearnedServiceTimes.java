package fi.luukku.service.queue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Service times learned from finished visits, per service and per two-hour band of the day, as the empirical
 * distribution of the most recent ones. Falls back to the service's recent times, then to a fixed default.
 */
public final class LearnedServiceTimes implements ServiceTimes {
    static final int KEEP = 200;
    static final int ENOUGH_IN_BAND = 15;
    static final int ENOUGH_FOR_SERVICE = 5;

    private final ZoneId zone;
    private final long defaultMillis;
    private final Map<String, Deque<Long>> byBand = new HashMap<>();
    private final Map<String, Deque<Long>> byService = new HashMap<>();
    private final Map<String, long[]> arrays = new HashMap<>();

    public LearnedServiceTimes(ZoneId zone, long defaultMillis) {
        this.zone = zone;
        this.defaultMillis = defaultMillis;
    }

    /** Learns one visit of the service that began at {@code at} and took the desk {@code millis}. */
    public synchronized void record(String serviceKey, long at, long millis) {
        if (millis <= 0) {
            return;
        }
        push(byBand.computeIfAbsent(bandKey(serviceKey, at), k -> new ArrayDeque<>()), millis);
        push(byService.computeIfAbsent(serviceKey, k -> new ArrayDeque<>()), millis);
        arrays.clear();
    }

    private static void push(Deque<Long> d, long millis) {
        d.addFirst(millis);
        if (d.size() > KEEP) {
            d.removeLast();
        }
    }

    private String bandKey(String serviceKey, long at) {
        int hour = Instant.ofEpochMilli(at).atZone(zone).getHour();
        return serviceKey + "@" + hour / 2;
    }

    private long[] samples(String serviceKey, long at) {
        String band = bandKey(serviceKey, at);
        long[] a = arrays.get(band);
        if (a == null) {
            a = compute(band, serviceKey);
            arrays.put(band, a);
        }
        return a.length == 0 ? null : a;
    }

    private long[] compute(String band, String serviceKey) {
        Deque<Long> inBand = byBand.get(band);
        if (inBand != null && inBand.size() >= ENOUGH_IN_BAND) {
            return inBand.stream().mapToLong(Long::longValue).toArray();
        }
        Deque<Long> all = byService.get(serviceKey);
        if (all != null && all.size() >= ENOUGH_FOR_SERVICE) {
            return all.stream().mapToLong(Long::longValue).toArray();
        }
        return new long[0];
    }

    /** A view that samples without locking: the learned times copied once, for one estimate. */
    public synchronized ServiceTimes snapshot() {
        LearnedServiceTimes copy = new LearnedServiceTimes(zone, defaultMillis);
        byBand.forEach((k, v) -> copy.byBand.put(k, new ArrayDeque<>(v)));
        byService.forEach((k, v) -> copy.byService.put(k, new ArrayDeque<>(v)));
        return new Frozen(copy);
    }

    @Override
    public synchronized double meanMillis(String serviceKey, long at) {
        long[] s = samples(serviceKey, at);
        if (s == null) {
            return defaultMillis;
        }
        double sum = 0;
        for (long x : s) {
            sum += x;
        }
        return sum / s.length;
    }

    @Override
    public synchronized long sample(String serviceKey, long at, RandomGenerator random) {
        long[] s = samples(serviceKey, at);
        if (s == null) {
            return defaultMillis; // nothing learned yet: the configured default, without a made-up spread
        }
        return s[random.nextInt(s.length)];
    }

    @Override
    public synchronized long sampleRemaining(String serviceKey, long at, long elapsed, RandomGenerator random) {
        long[] s = samples(serviceKey, at);
        if (s == null) {
            return Math.max(30_000L, defaultMillis - elapsed);
        }
        int longer = 0;
        for (long x : s) {
            if (x > elapsed) {
                longer++;
            }
        }
        if (longer == 0) {
            return 30_000L; // already longer than any we have seen: about to end
        }
        int k = random.nextInt(longer);
        for (long x : s) {
            if (x > elapsed && k-- == 0) {
                return x - elapsed;
            }
        }
        return 30_000L;
    }

    /** Unsynchronised reads of a private copy. */
    private record Frozen(LearnedServiceTimes t) implements ServiceTimes {
        @Override
        public double meanMillis(String serviceKey, long at) {
            return t.meanMillis(serviceKey, at);
        }

        @Override
        public long sample(String serviceKey, long at, RandomGenerator random) {
            return t.sample(serviceKey, at, random);
        }

        @Override
        public long sampleRemaining(String serviceKey, long at, long elapsed, RandomGenerator random) {
            return t.sampleRemaining(serviceKey, at, elapsed, random);
        }
    }
}
