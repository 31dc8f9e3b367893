package fi.luukku.service.report;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DaySummary} as four compact texts (tickets, feedback, events, other), one line per entry, fields
 * separated by '|', codes URL-encoded, and reads them back. The billing reads only the events text.
 */
final class DaySummaryCodec {
    private DaySummaryCodec() {}

    static String tickets(DaySummary s) {
        StringBuilder b = new StringBuilder();
        s.queues.forEach((q, p) -> line(
                b,
                "Q",
                esc(q),
                p.issued,
                p.served,
                p.noShows,
                p.cancelled,
                p.called,
                p.waitSum,
                p.serviceSum,
                p.serviceN,
                ints(p.assessment),
                map(p.outcomes),
                p.sortedWaits == null ? p.waits.encode() : encode(p.sortedWaits)));
        s.cells.forEach((k, c) -> line(b, "C", k, c[0], c[1], c[2]));
        line(b, "L", ints(s.levels));
        s.lifeEvents.forEach((k, n) -> line(b, "E", esc(k), n));
        return b.toString();
    }

    static String feedback(DaySummary s) {
        StringBuilder b = new StringBuilder();
        s.feedback.forEach((a, f) -> line(
                b,
                "F",
                esc(a),
                ints(f.ratings),
                f.comments,
                f.positive,
                f.negative,
                f.yes,
                f.no,
                ints(f.safety),
                map(f.outcomes),
                map(f.reasons)));
        return b.toString();
    }

    static String events(DaySummary s) {
        StringBuilder b = new StringBuilder();
        s.events.forEach((k, n) -> {
            String[] p = k.split("\u0000", -1);
            line(b, "V", esc(p[0]), esc(p[1]), n);
        });
        s.chains.forEach((c, n) -> line(b, "H", esc(c), n));
        s.chainParts.forEach((t, a) -> line(b, "P", esc(t), esc(String.join("\u0000", a))));
        return b.toString();
    }

    static String other(DaySummary s) {
        StringBuilder b = new StringBuilder();
        s.incidents.forEach((c, k) -> line(b, "I", esc(c), k[0], k[1], k[2]));
        s.referrals.forEach((k, n) -> {
            String[] p = k.split("\u0000", -1);
            line(b, "R", esc(p[0]), esc(p[1]), n);
        });
        return b.toString();
    }

    /** Reads the texts back (any of them may be null: that part is left empty). */
    static DaySummary read(String point, String day, String tickets, String feedback, String events, String other) {
        DaySummary s = new DaySummary(point, day);
        for (String[] f : lines(tickets)) {
            switch (f[0]) {
                case "Q" -> {
                    DaySummary.QueuePart p = new DaySummary.QueuePart();
                    p.issued = Integer.parseInt(f[2]);
                    p.served = Integer.parseInt(f[3]);
                    p.noShows = Integer.parseInt(f[4]);
                    p.cancelled = Integer.parseInt(f[5]);
                    p.called = Integer.parseInt(f[6]);
                    p.waitSum = Long.parseLong(f[7]);
                    p.serviceSum = Long.parseLong(f[8]);
                    p.serviceN = Integer.parseInt(f[9]);
                    readInts(f[10], p.assessment);
                    readMap(f[11], p.outcomes);
                    p.sortedWaits = Histogram.Sorted.decode(f[12]);
                    s.queues.put(unesc(f[1]), p);
                }
                case "C" -> s.cells.put(
                        Integer.parseInt(f[1]),
                        new long[] {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])});
                case "L" -> readInts(f[1], s.levels);
                case "E" -> s.lifeEvents.put(unesc(f[1]), Integer.parseInt(f[2]));
                default -> throw new IllegalStateException("unknown summary line " + f[0]);
            }
        }
        for (String[] f : lines(feedback)) {
            DaySummary.FeedbackPart p = new DaySummary.FeedbackPart();
            readInts(f[2], p.ratings);
            p.comments = Integer.parseInt(f[3]);
            p.positive = Integer.parseInt(f[4]);
            p.negative = Integer.parseInt(f[5]);
            p.yes = Integer.parseInt(f[6]);
            p.no = Integer.parseInt(f[7]);
            readInts(f[8], p.safety);
            readMap(f[9], p.outcomes);
            readMap(f[10], p.reasons);
            s.feedback.put(unesc(f[1]), p);
        }
        for (String[] f : lines(events)) {
            switch (f[0]) {
                case "V" -> s.events.put(unesc(f[1]) + "\u0000" + unesc(f[2]), Integer.parseInt(f[3]));
                case "H" -> s.chains.put(unesc(f[1]), Integer.parseInt(f[2]));
                case "P" -> s.chainParts.put(
                        unesc(f[1]), new ArrayList<>(Arrays.asList(unesc(f[2]).split("\u0000", -1))));
                default -> throw new IllegalStateException("unknown summary line " + f[0]);
            }
        }
        for (String[] f : lines(other)) {
            switch (f[0]) {
                case "I" -> s.incidents.put(
                        unesc(f[1]), new long[] {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])});
                case "R" -> s.referrals.put(unesc(f[1]) + "\u0000" + unesc(f[2]), Integer.parseInt(f[3]));
                default -> throw new IllegalStateException("unknown summary line " + f[0]);
            }
        }
        return s;
    }

    private static String encode(Histogram.Sorted w) {
        Histogram h = new Histogram();
        h.addAll(w);
        return h.encode();
    }

    private static void line(StringBuilder b, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(fields[i]);
        }
        b.append('\n');
    }

    private static List<String[]> lines(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            out.add(text.substring(start, end).split("\\|", -1));
            start = end + 1;
        }
        return out;
    }

    private static String ints(int[] c) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < c.length; i++) {
            if (i > 1) {
                b.append(',');
            }
            b.append(c[i]);
        }
        return b.toString();
    }

    private static void readInts(String s, int[] into) {
        String[] p = s.split(",", -1);
        for (int i = 0; i < p.length; i++) {
            into[i + 1] = Integer.parseInt(p[i]);
        }
    }

    private static String map(Map<String, Integer> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, n) -> {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(esc(k)).append('=').append(n);
        });
        return b.toString();
    }

    private static void readMap(String s, Map<String, Integer> into) {
        if (s.isEmpty()) {
            return;
        }
        for (String e : s.split(",", -1)) {
            int eq = e.lastIndexOf('=');
            into.put(unesc(e.substring(0, eq)), Integer.parseInt(e.substring(eq + 1)));
        }
    }

    /** Codes are URL-encoded, so '|', ',', '=' and line breaks never appear in them. */
    private static String esc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unesc(String s) {
        return s.indexOf('%') < 0 && s.indexOf('+') < 0 ? s : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
