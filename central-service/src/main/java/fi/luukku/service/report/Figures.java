package fi.luukku.service.report;

import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.domain.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates the core figures of one part of a report: from day summaries (and other figures), or row by row (the
 * raw computation the summaries are checked against).
 */
final class Figures {
    private int issued;
    private int served;
    private int noShows;
    private int cancelled;
    private final Histogram waits = new Histogram();
    private int called;
    private long waitSum;
    private int withinTarget;
    private long serviceSum;
    private int serviceN;
    private final int[] assessment = new int[6];
    private final Map<String, int[]> outcomes = new TreeMap<>();
    private final int[] ratings = new int[6];
    private int comments;
    private int positive;
    private int negative;
    private int yes;
    private int no;
    private final Map<String, Integer> reasons = new TreeMap<>();
    private final int[] safety = new int[6];

    void ticket(Rows.Ticket t, int targetSeconds) {
        issued++;
        switch (t.status()) {
            case "FINISHED" -> served++;
            case "NO_SHOW" -> noShows++;
            case "CANCELLED" -> cancelled++;
            default -> {}
        }
        if (t.waitSeconds() != null) {
            int w = t.waitSeconds();
            called++;
            waits.add(w, 1);
            waitSum += w;
            if (w <= targetSeconds) {
                withinTarget++;
            }
        }
        if (t.serviceSeconds() != null) {
            serviceSum += t.serviceSeconds();
            serviceN++;
        }
        if (t.assessment() != null) {
            assessment[t.assessment()]++;
        }
        if (t.outcome() != null) {
            outcomes.computeIfAbsent(t.outcome(), k -> new int[2])[0]++;
        }
    }

    /** A queue's tickets of a day, of which {@code withinTarget} were called within their point's target. */
    void add(DaySummary.QueuePart q, long withinTarget) {
        issued += q.issued;
        served += q.served;
        noShows += q.noShows;
        cancelled += q.cancelled;
        called += q.called;
        waitSum += q.waitSum;
        waits.addAll(q.sortedWaits());
        this.withinTarget += (int) withinTarget;
        serviceSum += q.serviceSum;
        serviceN += q.serviceN;
        add(assessment, q.assessment);
        q.outcomes.forEach((o, n) -> outcomes.computeIfAbsent(o, k -> new int[2])[0] += n);
    }

    /** The feedback answers of a day about one authority. */
    void add(DaySummary.FeedbackPart f) {
        add(ratings, f.ratings);
        comments += f.comments;
        positive += f.positive;
        negative += f.negative;
        f.outcomes.forEach((o, n) -> outcomes.computeIfAbsent(o, k -> new int[2])[1] += n);
        yes += f.yes;
        no += f.no;
        f.reasons.forEach((r, n) -> reasons.merge(r, n, Integer::sum));
        add(safety, f.safety);
    }

    /** Adds everything another part has counted. */
    void add(Figures o) {
        issued += o.issued;
        served += o.served;
        noShows += o.noShows;
        cancelled += o.cancelled;
        called += o.called;
        waitSum += o.waitSum;
        waits.addAll(o.waits);
        withinTarget += o.withinTarget;
        serviceSum += o.serviceSum;
        serviceN += o.serviceN;
        add(assessment, o.assessment);
        o.outcomes.forEach((k, c) -> {
            int[] mine = outcomes.computeIfAbsent(k, x -> new int[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        add(ratings, o.ratings);
        comments += o.comments;
        positive += o.positive;
        negative += o.negative;
        yes += o.yes;
        no += o.no;
        o.reasons.forEach((r, n) -> reasons.merge(r, n, Integer::sum));
        add(safety, o.safety);
    }

    private static void add(int[] into, int[] counts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counts[i];
        }
    }

    void feedback(Rows.Feedback f) {
        if (f.rating() != null) {
            ratings[f.rating()]++;
        }
        if (f.hasComment()) {
            comments++;
            if (f.rating() != null && f.rating() >= 4) {
                positive++;
            } else if (f.rating() != null && f.rating() <= 2) {
                negative++;
            }
        }
        if (f.outcome() != null) {
            outcomes.computeIfAbsent(f.outcome(), k -> new int[2])[1]++;
        }
        if (f.couldDoAlone() != null) {
            if (f.couldDoAlone()) {
                yes++;
            } else {
                no++;
                if (f.notAloneReason() != null && !f.notAloneReason().isBlank()) {
                    reasons.merge(f.notAloneReason(), 1, Integer::sum);
                }
            }
        }
        if (f.perceivedSafety() != null) {
            safety[f.perceivedSafety()]++;
        }
    }

    MetricsReportDto.Satisfaction satisfaction() {
        return new MetricsReportDto.Satisfaction(
                count(ratings),
                mean(ratings),
                Stats.distribution(ratings, 5),
                comments,
                positive,
                negative,
                Stats.share(positive, positive + negative));
    }

    MetricsReportDto.Visits visits() {
        return new MetricsReportDto.Visits(
                issued,
                served,
                noShows,
                cancelled,
                called,
                Stats.meanWhole(waitSum, called),
                waits.percentile(0.5),
                waits.percentile(0.9),
                Stats.share(withinTarget, called),
                Stats.meanWhole(serviceSum, serviceN));
    }

    MetricsReportDto.Figures build() {
        List<MetricsReportDto.OutcomeRow> rows = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            int[] c = outcomes.getOrDefault(o.name(), new int[2]);
            rows.add(new MetricsReportDto.OutcomeRow(o.name(), c[0], c[1]));
        }
        return new MetricsReportDto.Figures(
                satisfaction(),
                visits(),
                rating(assessment),
                rows,
                new MetricsReportDto.Confidence(yes, no, Stats.share(yes, yes + no), new TreeMap<>(reasons)),
                rating(safety));
    }

    private static MetricsReportDto.Rating rating(int[] c) {
        return new MetricsReportDto.Rating(count(c), mean(c), Stats.distribution(c, 5));
    }

    private static int count(int[] c) {
        int n = 0;
        for (int i = 1; i < c.length; i++) {
            n += c[i];
        }
        return n;
    }

    private static Double mean(int[] c) {
        long sum = 0;
        for (int i = 1; i < c.length; i++) {
            sum += (long) i * c[i];
        }
        return Stats.mean2(sum, count(c));
    }
}
