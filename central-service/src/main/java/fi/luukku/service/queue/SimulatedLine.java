package fi.luukku.service.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiting tickets of one look-ahead run, kept so that choosing the next ticket costs the same with forty or
 * two thousand waiting.
 *
 * <p>The call rule only ever needs, per queue, the front of the normal walk-ins (normal walk-ins of one queue are
 * called in queue order), every appointment and priority walk-in (they may go before others), and any normal
 * walk-in already passed {@code cap} times (it stops priority customers passing). So the run hands the rule that
 * frontier instead of everyone, and applies a priority call's passes to the whole line itself, exactly as the rule
 * defines them ({@link CallRule#passedBy}).
 */
final class SimulatedLine {
    /** How many normal walk-ins of each queue the frontier holds. The rule reads the first; a few spare is plenty. */
    static final int FRONT = 8;

    private final int cap;
    /** Appointments and priority walk-ins, in queue order. */
    private final List<Candidate> special = new ArrayList<>();
    /** Normal walk-ins per queue, in queue order. */
    private final Map<String, List<Candidate>> normal = new HashMap<>();
    /** Per queue, how many of its normal walk-ins have been passed {@code cap} times or more. */
    private final Map<String, Integer> capped = new HashMap<>();

    SimulatedLine(int cap) {
        this.cap = cap;
    }

    static boolean isNormal(Candidate c) {
        return c.dueAt() == null && !c.priority();
    }

    void add(Candidate c) {
        List<Candidate> into = isNormal(c) ? normal.computeIfAbsent(c.queueId(), q -> new ArrayList<>()) : special;
        int at = Collections.binarySearch(into, c, Candidate.QUEUE_ORDER);
        into.add(at < 0 ? -at - 1 : at, c);
        if (isNormal(c) && isCapped(c)) {
            capped.merge(c.queueId(), 1, Integer::sum);
        }
    }

    /** The tickets the call rule needs to decide for this desk view. */
    List<Candidate> frontier(DeskView view) {
        List<Candidate> out = new ArrayList<>(special);
        for (DeskView.Level l : view.queues()) {
            List<Candidate> q = normal.getOrDefault(l.queueId(), List.of());
            int n = Math.min(FRONT, q.size());
            out.addAll(q.subList(0, n));
            if (capped.getOrDefault(l.queueId(), 0) > 0) {
                for (int k = n; k < q.size(); k++) {
                    if (isCapped(q.get(k))) {
                        out.add(q.get(k));
                    }
                }
            }
        }
        return out;
    }

    /** Appointments waiting (for when an idle desk should look again). */
    List<Candidate> appointments() {
        return special.stream().filter(c -> c.dueAt() != null).toList();
    }

    /**
     * Removes the called ticket; a priority ticket passes, at its level of the view, every normal walk-in before it
     * in queue order (their {@code passedBy} grows by one).
     */
    void take(Candidate pick, DeskView view) {
        if (isNormal(pick)) {
            List<Candidate> q = normal.get(pick.queueId());
            q.remove(indexOf(q, pick));
            if (isCapped(pick)) {
                capped.merge(pick.queueId(), -1, Integer::sum);
            }
        } else {
            special.remove(indexOf(special, pick));
        }
        if (!pick.priority()) {
            return;
        }
        int level = view.queues().stream()
                .filter(l -> l.queueId().equals(pick.queueId()))
                .mapToInt(DeskView.Level::priority)
                .min()
                .orElse(Integer.MAX_VALUE);
        for (DeskView.Level l : view.queues()) {
            if (l.priority() != level) {
                continue;
            }
            List<Candidate> q = normal.getOrDefault(l.queueId(), List.of());
            for (int k = 0; k < q.size() && q.get(k).sortAt() < pick.sortAt(); k++) {
                Candidate passed = q.get(k).withPassedBy(q.get(k).passedBy() + 1);
                q.set(k, passed);
                if (passed.passedBy() == cap) {
                    capped.merge(l.queueId(), 1, Integer::sum);
                }
            }
        }
    }

    /** Everyone in the line, in queue order. */
    List<Candidate> all() {
        List<Candidate> out = new ArrayList<>(special);
        normal.values().forEach(out::addAll);
        out.sort(Candidate.QUEUE_ORDER);
        return out;
    }

    private boolean isCapped(Candidate c) {
        return cap > 0 && c.passedBy() >= cap;
    }

    private static int indexOf(List<Candidate> in, Candidate c) {
        for (int k = 0; k < in.size(); k++) {
            if (in.get(k).id().equals(c.id())) {
                return k;
            }
        }
        throw new IllegalStateException("not in the line: " + c.id());
    }
}
