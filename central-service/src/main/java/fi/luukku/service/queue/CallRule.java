package fi.luukku.service.queue;

import fi.luukku.core.domain.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which ticket a desk gets next. Pure: plain values in, a decision out, the same answer for the same state in any
 * input order.
 *
 * <p>The rule: checked-in appointments whose time has come go first (earliest time first, across all the desk's
 * queues and levels); then the desk's best level that has a walk-in waiting; within that level the first in queue
 * order, except that a priority customer goes before older normal ones, but never past a normal ticket that has
 * already been passed {@code priorityCap} times. Appointments not yet due wait for their time; parked, called and
 * finished tickets are never picked.
 */
public final class CallRule {
    private CallRule() {}

    /** Why a ticket was picked. */
    public enum Reason {
        APPOINTMENT_DUE,
        OLDEST,
        PRIORITY
    }

    /**
     * The pick and the normal tickets it passes (their {@code passedBy} grows by one).
     *
     * @param ticket the ticket to call
     * @param reason why it was picked
     * @param passed ids of the waiting normal walk-ins at the same level that a priority ticket went before
     */
    public record Decision(Candidate ticket, Reason reason, List<String> passed) {}

    /**
     * Picks the next ticket for a desk.
     *
     * @param desk the desk and its queue levels
     * @param waiting tickets of the point (any order; others than waiting ones in the desk's queues are ignored)
     * @param now the current time
     * @param priorityCap how many priority customers may pass the same waiting one (0: priority never passes)
     */
    public static Optional<Decision> pickNext(DeskView desk, List<Candidate> waiting, Instant now, int priorityCap) {
        return pickNext(desk, waiting, now.toEpochMilli(), priorityCap);
    }

    /** {@link #pickNext(DeskView, List, Instant, int)} with the time in epoch millis (the simulator's clock). */
    public static Optional<Decision> pickNext(DeskView desk, List<Candidate> waiting, long now, int priorityCap) {
        Map<String, Integer> level = new HashMap<>();
        for (DeskView.Level l : desk.queues()) {
            level.put(l.queueId(), l.priority());
        }
        // one pass: the desk's waiting tickets, the earliest due appointment and the best level with a walk-in
        List<Candidate> mine = new ArrayList<>();
        Candidate due = null;
        int best = Integer.MAX_VALUE;
        for (Candidate c : waiting) {
            Integer l = c.status() == TicketStatus.WAITING ? level.get(c.queueId()) : null;
            if (l == null) {
                continue;
            }
            mine.add(c);
            if (c.dueAt() == null) {
                best = Math.min(best, l);
            } else if (c.dueAt() <= now && (due == null || earlierDue(c, due))) {
                due = c;
            }
        }
        mine.sort(Candidate.QUEUE_ORDER); // linear when the caller keeps its list in queue order
        if (due != null) {
            return Optional.of(decide(desk, mine, due, Reason.APPOINTMENT_DUE));
        }
        Candidate normal = null;
        Candidate prio = null;
        List<Candidate> atLevel = new ArrayList<>();
        for (Candidate c : mine) {
            if (c.dueAt() == null && level.get(c.queueId()) == best) {
                atLevel.add(c);
                if (c.priority() && prio == null) {
                    prio = c;
                } else if (!c.priority() && normal == null) {
                    normal = c;
                }
                if (prio != null && normal != null) {
                    break; // every normal ticket a priority one could pass is before it in queue order
                }
            }
        }
        if (prio == null && normal == null) {
            return Optional.empty();
        }
        if (prio == null) {
            return Optional.of(decide(desk, mine, normal, Reason.OLDEST));
        }
        if (normal == null || prio.sortAt() <= normal.sortAt()) {
            return Optional.of(decide(desk, mine, prio, Reason.PRIORITY));
        }
        long prioSortAt = prio.sortAt();
        boolean capped = priorityCap <= 0
                || atLevel.stream()
                        .anyMatch(c -> !c.priority() && c.sortAt() < prioSortAt && c.passedBy() >= priorityCap);
        return Optional.of(
                capped ? decide(desk, mine, normal, Reason.OLDEST) : decide(desk, mine, prio, Reason.PRIORITY));
    }

    /** Earlier appointment time first; the same time in queue order. */
    private static boolean earlierDue(Candidate c, Candidate than) {
        int byTime = Long.compare(c.dueAt(), than.dueAt());
        return byTime < 0 || (byTime == 0 && Candidate.QUEUE_ORDER.compare(c, than) < 0);
    }

    private static Decision decide(DeskView desk, List<Candidate> mine, Candidate pick, Reason reason) {
        return new Decision(pick, reason, pick.priority() ? passedBy(desk, mine, pick) : List.of());
    }

    /**
     * The normal walk-ins a called priority ticket went before: waiting, not an appointment, earlier in queue order,
     * in any queue the desk serves at the called ticket's level.
     */
    static List<String> passedBy(DeskView desk, List<Candidate> mine, Candidate pick) {
        int pickLevel = desk.queues().stream()
                .filter(l -> l.queueId().equals(pick.queueId()))
                .mapToInt(DeskView.Level::priority)
                .min()
                .orElse(Integer.MAX_VALUE);
        List<String> sameLevel = desk.queues().stream()
                .filter(l -> l.priority() == pickLevel)
                .map(DeskView.Level::queueId)
                .toList();
        List<String> out = new ArrayList<>();
        for (Candidate c : mine) {
            if (c.sortAt() >= pick.sortAt()) {
                break; // mine is in queue order: nobody later was passed
            }
            if (!c.priority() && c.dueAt() == null && sameLevel.contains(c.queueId())) {
                out.add(c.id());
            }
        }
        return out;
    }
}
