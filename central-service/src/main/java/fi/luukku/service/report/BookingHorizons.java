package fi.luukku.service.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The N of "a free time within N days" (ADR 0028): a default, overridden for a point and, more narrowly, for a
 * service. Written in configuration as {@code point:<id>=7,service:<id>=21}.
 */
public final class BookingHorizons {
    public static final int DEFAULT_DAYS = 14;

    private final int defaultDays;
    private final Map<String, Integer> byPoint;
    private final Map<String, Integer> byService;

    private BookingHorizons(int defaultDays, Map<String, Integer> byPoint, Map<String, Integer> byService) {
        this.defaultDays = defaultDays;
        this.byPoint = Map.copyOf(byPoint);
        this.byService = Map.copyOf(byService);
    }

    public static BookingHorizons defaults() {
        return new BookingHorizons(DEFAULT_DAYS, Map.of(), Map.of());
    }

    /** Parses the overrides; an entry that is not {@code point:<id>=N} or {@code service:<id>=N} (N 1..365) fails. */
    public static BookingHorizons parse(int defaultDays, String overrides) {
        Map<String, Integer> points = new HashMap<>();
        Map<String, Integer> services = new HashMap<>();
        for (String entry : overrides == null ? new String[0] : overrides.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.trim().split("=", 2);
            int colon = kv[0].indexOf(':');
            if (kv.length != 2 || colon < 1 || colon == kv[0].length() - 1) {
                throw new IllegalArgumentException(
                        "expected point:<id>=N or service:<id>=N, was '" + entry.trim() + "'");
            }
            String kind = kv[0].substring(0, colon).trim();
            String id = kv[0].substring(colon + 1).trim();
            int days;
            try {
                days = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("horizon of " + kv[0].trim() + " must be a number of days");
            }
            if (days < 1 || days > 365) {
                throw new IllegalArgumentException("horizon of " + kv[0].trim() + " must be 1..365 days, was " + days);
            }
            switch (kind) {
                case "point" -> points.put(id, days);
                case "service" -> services.put(id, days);
                default -> throw new IllegalArgumentException("unknown horizon kind '" + kind + "' (point or service)");
            }
        }
        return new BookingHorizons(defaultDays, points, services);
    }

    /** The configuration check: throws with a message naming the bad entry. */
    public static void check(String overrides) {
        parse(DEFAULT_DAYS, overrides);
    }

    /** The horizon of a service at a point: the service's own, else the point's, else the default. */
    public int days(String pointId, String serviceId) {
        Integer s = byService.get(serviceId);
        if (s != null) {
            return s;
        }
        return byPoint.getOrDefault(pointId, defaultDays);
    }
}
