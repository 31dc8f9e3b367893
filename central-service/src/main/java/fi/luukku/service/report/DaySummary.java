package fi.luukku.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the metrics and billing reports need of one point's one day (ADR 0026): tickets by their day (per
 * queue), feedback, service events, incidents and referrals by the day of their time in the service's zone. Only
 * counts, sums, distributions, exact waiting-time histograms and codes; nothing personal and no free text.
 */
final class DaySummary {
    final String pointId;
    final String day;
    final Map<String, QueuePart> queues = new TreeMap<>();
    /** weekday * 24 + hour of issue -> tickets, called, waiting seconds. */
    final Map<Integer, long[]> cells = new TreeMap<>();
    /** Support levels 1..4 from the triage. */
    final int[] levels = new int[5];

    final Map<String, Integer> lifeEvents = new TreeMap<>();
    /** By the answer's authority ("" when none). */
    final Map<String, FeedbackPart> feedback = new TreeMap<>();
    /** authority + "\0" + event type -> count. */
    final Map<String, Integer> events = new TreeMap<>();
    /** Service chains of the tickets whose events all fall on this day ("a > b" -> tickets). */
    final Map<String, Integer> chains = new TreeMap<>();
    /** The authorities in order of tickets that also have events on other days (merged across days by ticket). */
    final Map<String, List<String>> chainParts = new TreeMap<>();
    /** Incident category -> count, resolved, severity sum. */
    final Map<String, long[]> incidents = new TreeMap<>();
    /** Referral kind + "\0" + target ("" when none) -> count. */
    final Map<String, Integer> referrals = new TreeMap<>();

    DaySummary(String pointId, String day) {
        this.pointId = pointId;
        this.day = day;
    }

    /** One queue's tickets of the day. */
    static final class QueuePart {
        int issued;
        int served;
        int noShows;
        int cancelled;
        int called;
        long waitSum;
        long serviceSum;
        int serviceN;
        final int[] assessment = new int[6];
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Histogram waits = new Histogram();
        /** The waits in order, once read (a stored part) or once asked for (a part built from raw rows). */
        Histogram.Sorted sortedWaits;

        Histogram.Sorted sortedWaits() {
            if (sortedWaits == null) {
                sortedWaits = waits.sorted();
            }
            return sortedWaits;
        }

        void ticket(Rows.Ticket t) {
            issued++;
            switch (t.status()) {
                case "FINISHED" -> served++;
                case "NO_SHOW" -> noShows++;
                case "CANCELLED" -> cancelled++;
                default -> {}
            }
            if (t.waitSeconds() != null) {
                called++;
                waitSum += t.waitSeconds();
                waits.add(t.waitSeconds(), 1);
            }
            if (t.serviceSeconds() != null) {
                serviceSum += t.serviceSeconds();
                serviceN++;
            }
            if (t.assessment() != null) {
                assessment[t.assessment()]++;
            }
            if (t.outcome() != null) {
                outcomes.merge(t.outcome(), 1, Integer::sum);
            }
        }
    }

    /** The feedback answers of the day given about one authority. */
    static final class FeedbackPart {
        final int[] ratings = new int[6];
        int comments;
        int positive;
        int negative;
        int yes;
        int no;
        final int[] safety = new int[6];
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Integer> reasons = new TreeMap<>();

        void answer(Rows.Feedback f) {
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
                outcomes.merge(f.outcome(), 1, Integer::sum);
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
    }

    void ticket(Rows.Ticket t, int weekday, int hour) {
        queues.computeIfAbsent(t.queueId(), k -> new QueuePart()).ticket(t);
        long[] cell = cells.computeIfAbsent(weekday * 24 + hour, k -> new long[3]);
        cell[0]++;
        if (t.waitSeconds() != null) {
            cell[1]++;
            cell[2] += t.waitSeconds();
        }
        if (t.supportLevel() != null && t.supportLevel() >= 1 && t.supportLevel() <= 4) {
            levels[t.supportLevel()]++;
        }
        if (t.lifeEventId() != null) {
            lifeEvents.merge(t.lifeEventId(), 1, Integer::sum);
        }
    }

    void feedback(Rows.Feedback f) {
        feedback.computeIfAbsent(f.authorityId() == null ? "" : f.authorityId(), k -> new FeedbackPart())
                .answer(f);
    }

    void event(Rows.Event e) {
        events.merge(e.authorityId() + "\u0000" + e.typeId(), e.count(), Integer::sum);
    }

    /** One ticket's authorities of the day in the order recorded (consecutive repeats already dropped). */
    void chain(String ticketId, List<String> authorities, boolean alsoOnOtherDays) {
        if (alsoOnOtherDays) {
            chainParts.put(ticketId, new ArrayList<>(authorities));
        } else if (authorities.size() > 1) {
            chains.merge(String.join(" > ", authorities), 1, Integer::sum);
        }
    }

    void incident(Rows.Incident i) {
        long[] k = incidents.computeIfAbsent(i.category(), x -> new long[3]);
        k[0]++;
        k[2] += i.severity();
        if (i.resolved()) {
            k[1]++;
        }
    }

    void referral(Rows.Referral r) {
        referrals.merge(r.kind() + "\u0000" + (r.target() == null ? "" : r.target()), 1, Integer::sum);
    }
}
