package fi.luukku.service.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The errors of each estimator against the real waits: at issue, and over every estimate shown while waiting. */
public final class Scoreboard {
    /** Mean absolute error, share within ±5 minutes and mean signed error (estimate − real), in minutes. */
    public record Stats(int n, double maeMinutes, double within5, double biasMinutes) {
        static Stats of(List<Double> errorsSeconds) {
            if (errorsSeconds.isEmpty()) {
                return new Stats(0, 0, 1, 0);
            }
            double abs = 0;
            double sum = 0;
            int ok = 0;
            for (double e : errorsSeconds) {
                abs += Math.abs(e);
                sum += e;
                if (Math.abs(e) <= 300) {
                    ok++;
                }
            }
            int n = errorsSeconds.size();
            return new Stats(n, abs / n / 60, ok / (double) n, sum / n / 60);
        }
    }

    private final Map<String, List<Double>> atIssue = new LinkedHashMap<>();
    private final Map<String, List<Double>> shown = new LinkedHashMap<>();
    private final List<Double> realWaits = new ArrayList<>();
    private int unserved;

    void wait(double realSeconds) {
        realWaits.add(realSeconds);
    }

    void unserved() {
        unserved++;
    }

    void atIssue(String estimator, double errorSeconds) {
        atIssue.computeIfAbsent(estimator, k -> new ArrayList<>()).add(errorSeconds);
        shown(estimator, errorSeconds);
    }

    void shown(String estimator, double errorSeconds) {
        shown.computeIfAbsent(estimator, k -> new ArrayList<>()).add(errorSeconds);
    }

    public Stats atIssue(String estimator) {
        return Stats.of(atIssue.getOrDefault(estimator, List.of()));
    }

    public Stats shown(String estimator) {
        return Stats.of(shown.getOrDefault(estimator, List.of()));
    }

    public int waits() {
        return realWaits.size();
    }

    public double meanWaitMinutes() {
        return realWaits.stream().mapToDouble(Double::doubleValue).average().orElse(0) / 60;
    }

    public int unservedCount() {
        return unserved;
    }

    /** The issue's goal: MAE at most half the naive one's and ≥ 80 % within ±5 min, at issue and over all shown. */
    public boolean goalMet(String better, String naive) {
        return atIssue(better).maeMinutes() <= atIssue(naive).maeMinutes() / 2
                && shown(better).maeMinutes() <= shown(naive).maeMinutes() / 2
                && atIssue(better).within5() >= 0.8
                && shown(better).within5() >= 0.8;
    }

    public String report(String scenario, String better, String naive) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%s: %d waits scored (mean real wait %.1f min), %d tickets never called%n",
                scenario,
                waits(),
                meanWaitMinutes(),
                unserved));
        b.append(String.format(
                Locale.ROOT,
                "  %-11s | at issue: %6s %7s %7s | every minute shown: %6s %7s %7s %7s%n",
                "estimator",
                "MAE",
                "±5 min",
                "bias",
                "MAE",
                "±5 min",
                "bias",
                "n"));
        for (String e : List.of(naive, better)) {
            Stats i = atIssue(e);
            Stats s = shown(e);
            b.append(String.format(
                    Locale.ROOT,
                    "  %-11s |           %5.2fm %6.1f%% %+6.2fm |                     %5.2fm %6.1f%% %+6.2fm %7d%n",
                    e,
                    i.maeMinutes(),
                    100 * i.within5(),
                    i.biasMinutes(),
                    s.maeMinutes(),
                    100 * s.within5(),
                    s.biasMinutes(),
                    s.n()));
        }
        b.append("  goal (MAE ≤ ½ naive, ≥ 80 % within ±5 min): ")
                .append(goalMet(better, naive) ? "MET" : "NOT MET")
                .append(System.lineSeparator());
        return b.toString();
    }
}
