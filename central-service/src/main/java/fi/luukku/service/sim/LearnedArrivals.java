package fi.luukku.service.sim;

import fi.luukku.service.queue.ArrivalRates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Walk-in arrival rates learned from the days seen so far: per queue and hour of day, averaged over the days. */
final class LearnedArrivals implements ArrivalRates {
    private final ZoneId zone;
    private final Map<String, int[]> perHour = new HashMap<>(); // completed days
    private final Map<String, int[]> today = new HashMap<>();
    private final Map<String, int[]> priority = new HashMap<>();
    private final Set<LocalDate> days = new HashSet<>(); // every day begun, closed ones included

    LearnedArrivals(ZoneId zone) {
        this.zone = zone;
    }

    void dayStarts(LocalDate day) {
        if (!days.isEmpty()) {
            today.forEach((q, counts) -> {
                int[] total = perHour.computeIfAbsent(q, k -> new int[24]);
                for (int h = 0; h < 24; h++) {
                    total[h] += counts[h];
                }
            });
        }
        today.clear();
        days.add(day);
    }

    void record(String queueId, long at, boolean prio) {
        int hour = Instant.ofEpochMilli(at).atZone(zone).getHour();
        today.computeIfAbsent(queueId, q -> new int[24])[hour]++;
        int[] p = priority.computeIfAbsent(queueId, q -> new int[2]);
        p[0]++;
        if (prio) {
            p[1]++;
        }
    }

    @Override
    public double perHour(String queueId, long at) {
        int[] counts = perHour.get(queueId);
        if (counts == null || days.size() <= 1) {
            return 0;
        }
        int hour = Instant.ofEpochMilli(at).atZone(zone).getHour();
        // the current day is still being counted: average over the full days before it
        return counts[hour] / (double) (days.size() - 1);
    }

    @Override
    public double priorityShare(String queueId) {
        int[] p = priority.get(queueId);
        return p == null || p[0] == 0 ? 0 : p[1] / (double) p[0];
    }
}
