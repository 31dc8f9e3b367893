package fi.luukku.service.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rounding and percentile rules every report figure follows (and the ADR and tests restate). */
final class Stats {
    private Stats() {}

    /** Mean rounded to 2 decimals (half up); null without values. */
    static Double mean2(long sum, long n) {
        return n == 0 ? null : Math.round(sum * 100.0 / n) / 100.0;
    }

    /** Mean in whole units (half up); null without values. */
    static Long meanWhole(long sum, long n) {
        return n == 0 ? null : Math.round((double) sum / n);
    }

    /** A share 0..1 rounded to 4 decimals; null when the whole is 0. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** Nearest-rank percentile of the first {@code n} values (sorted in place); null when n = 0. */
    static Long percentile(int[] values, int n, double p) {
        if (n == 0) {
            return null;
        }
        Arrays.sort(values, 0, n);
        int rank = (int) Math.ceil(p * n);
        return (long) values[Math.max(0, rank - 1)];
    }

    /** Counts 1..max as a map "1".."max" (zeros included, so every table has the same columns). */
    static Map<String, Integer> distribution(int[] counts, int max) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 1; i <= max; i++) {
            m.put(Integer.toString(i), counts[i]);
        }
        return m;
    }
}
