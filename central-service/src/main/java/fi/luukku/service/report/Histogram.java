package fi.luukku.service.report;

import java.util.Arrays;

/**
 * Counts of whole-second values (0 and up) in an open-addressing table: exact, so the nearest-rank median, 90th
 * percentile and share within a target are the same as over the raw values. Encoded as the sorted distinct values'
 * gaps in base 36, each followed by {@code *count} when the count is not 1.
 */
final class Histogram {
    private int[] keys = new int[16]; // value + 1; 0 = empty slot
    private int[] counts = new int[16];
    private int size;
    private long total;

    void add(int value, int n) {
        if (n == 0) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int k = value + 1;
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = k;
            size++;
        }
        counts[i] += n;
        total += n;
    }

    void addAll(Histogram o) {
        for (int i = 0; i < o.keys.length; i++) {
            if (o.keys[i] != 0) {
                add(o.keys[i] - 1, o.counts[i]);
            }
        }
    }

    /** The distinct values in order with their counts: a part that is only read and added elsewhere. */
    record Sorted(int[] values, int[] counts) {
        /** How many values are at most {@code limit}. */
        long countAtMost(int limit) {
            long n = 0;
            for (int i = 0; i < values.length && values[i] <= limit; i++) {
                n += counts[i];
            }
            return n;
        }

        /** Reads an {@link #encode() encoded} histogram. */
        static Sorted decode(String s) {
            int n = s.isEmpty() ? 0 : 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ',') {
                    n++;
                }
            }
            int[] values = new int[n];
            int[] counts = new int[n];
            int value = 0;
            int i = 0;
            int len = s.length();
            for (int j = 0; j < n; j++) {
                int gap = 0;
                char ch;
                while (i < len && (ch = s.charAt(i)) != ',' && ch != '*') {
                    gap = gap * 36 + Character.digit(ch, 36);
                    i++;
                }
                value += gap;
                int c = 1;
                if (i < len && s.charAt(i) == '*') {
                    i++;
                    c = 0;
                    while (i < len && (ch = s.charAt(i)) != ',') {
                        c = c * 36 + Character.digit(ch, 36);
                        i++;
                    }
                }
                values[j] = value;
                counts[j] = c;
                i++; // the comma
            }
            return new Sorted(values, counts);
        }
    }

    Sorted sorted() {
        int[] values = sortedValues();
        int[] c = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            c[i] = count(values[i]);
        }
        return new Sorted(values, c);
    }

    void addAll(Sorted o) {
        for (int i = 0; i < o.values().length; i++) {
            add(o.values()[i], o.counts()[i]);
        }
    }

    long total() {
        return total;
    }

    /** How many values are at most {@code limit}. */
    long countAtMost(int limit) {
        long n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && keys[i] - 1 <= limit) {
                n += counts[i];
            }
        }
        return n;
    }

    /** Nearest-rank percentile (as {@link Stats#percentile}); null when empty. */
    Long percentile(double p) {
        if (total == 0) {
            return null;
        }
        int[] sorted = sortedValues();
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int v : sorted) {
            seen += count(v);
            if (seen >= rank) {
                return (long) v;
            }
        }
        return (long) sorted[sorted.length - 1];
    }

    String encode() {
        StringBuilder b = new StringBuilder(size * 3);
        int prev = 0;
        for (int v : sortedValues()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(Integer.toString(v - prev, 36));
            int c = count(v);
            if (c != 1) {
                b.append('*').append(Integer.toString(c, 36));
            }
            prev = v;
        }
        return b.toString();
    }

    /** Adds the values of an {@link #encode() encoded} histogram. */
    void addEncoded(String s) {
        addAll(Sorted.decode(s));
    }

    private int count(int value) {
        int k = value + 1;
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != 0) {
            if (keys[i] == k) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    private int[] sortedValues() {
        int[] v = new int[size];
        int j = 0;
        for (int k : keys) {
            if (k != 0) {
                v[j++] = k - 1;
            }
        }
        Arrays.sort(v);
        return v;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        size = 0;
        total = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                add(oldKeys[i] - 1, oldCounts[i]);
            }
        }
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
