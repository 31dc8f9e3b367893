package fi.luukku.service.queue;

import fi.luukku.core.domain.TicketStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Estimates waits by running the real call rule forward from the current state many times with learned service
 * times (a short Monte-Carlo look-ahead), and taking the median and a range of quantiles of each ticket's call time.
 *
 * <p>It sees what the naive rule ignores: which desks are staffed now and until when, their queue orders and levels,
 * desks shared by several queues, appointments falling due, priority customers passing under the cap, walk-ins still
 * to come into queues served first, desks that open later, and each queue's opening hours (no desk calls from a
 * queue before it opens, so a ticket taken before opening waits at least until then).
 */
public final class LookAheadEstimator implements WaitEstimator {
    /**
     * Tickets whose id starts with this are probes: "when would a ticket taken now in this queue be called?". A probe
     * takes no desk time, so probes in several queues can be asked in one look-ahead without delaying each other.
     */
    public static final String PROBE = "probe:";

    /** How far ahead a run looks; tickets not called by then are reported as waiting for a desk. */
    static final long HORIZON_MILLIS = 10 * 3600_000L;

    /**
     * Runs times tickets tracked that one estimate may cost: with a long queue each run already averages over many
     * services, so fewer runs are needed, and the work of one estimate stays bounded (it runs on every change).
     */
    static final int WORK_BUDGET = 2400;

    /** The fewest runs, however long the queue. */
    static final int MIN_RUNS = 10;

    private final int runs;
    private final double low;
    private final double high;
    private final long seed;

    /**
     * @param runs how many forward runs (30–50 is plenty)
     * @param low the quantile shown as the low end of the range, e.g. 0.2
     * @param high the quantile shown as the high end, e.g. 0.8
     * @param seed fixes the random numbers, so the same state always gets the same estimate
     */
    public LookAheadEstimator(int runs, double low, double high, long seed) {
        this.runs = runs;
        this.low = low;
        this.high = high;
        this.seed = seed;
    }

    public LookAheadEstimator() {
        this(40, 0.2, 0.8, 1L);
    }

    @Override
    public String name() {
        return "look-ahead";
    }

    @Override
    public Map<String, WaitEstimate> estimate(QueueState s) {
        List<String> tracked = new ArrayList<>();
        for (QueueState.Waiting w : s.waiting()) {
            if (w.ticket().status() == TicketStatus.WAITING) {
                tracked.add(w.ticket().id());
            }
        }
        int n = runsFor(tracked.size());
        Map<String, long[]> waits = new HashMap<>();
        for (String id : tracked) {
            waits.put(id, new long[n]);
        }
        SplittableRandom random = new SplittableRandom(seed ^ s.now());
        for (int r = 0; r < n; r++) {
            Map<String, Long> called = new Run(s, random.split()).play();
            for (String id : tracked) {
                Long at = called.get(id);
                waits.get(id)[r] = at == null ? Long.MAX_VALUE : at - s.now();
            }
        }
        Map<String, WaitEstimate> out = new HashMap<>();
        for (QueueState.Waiting w : s.waiting()) {
            if (!waits.containsKey(w.ticket().id())) {
                continue;
            }
            long[] x = waits.get(w.ticket().id());
            Arrays.sort(x);
            String q = w.ticket().queueId();
            boolean noDesk = !s.queueCallableAt(q, s.now())
                    || s.desks().stream().noneMatch(d -> d.serves(q) && d.staffedAt(s.now()));
            long median = x[x.length / 2];
            if (median == Long.MAX_VALUE) {
                out.put(w.ticket().id(), new WaitEstimate(0, 0, 0, true));
                continue;
            }
            long lo = x[(int) Math.floor(low * (x.length - 1))];
            long hi = x[(int) Math.ceil(high * (x.length - 1))];
            hi = hi == Long.MAX_VALUE ? Math.max(median, lo) * 2 : hi;
            out.put(w.ticket().id(), new WaitEstimate(median / 1000, lo / 1000, hi / 1000, noDesk));
        }
        return out;
    }

    /** How many runs for this many tracked tickets: all of them for a normal queue, fewer for a very long one. */
    int runsFor(int tracked) {
        return Math.max(Math.min(runs, MIN_RUNS), Math.min(runs, WORK_BUDGET / Math.max(tracked, 1)));
    }

    /** One forward run of the call rule over a copy of the state. */
    private static final class Run {
        private final QueueState s;
        private final SplittableRandom random;
        private final SimulatedLine line;
        private final Map<String, String> serviceOf = new HashMap<>();
        private final List<QueueState.Expected> later = new ArrayList<>();
        private final Map<String, Long> called = new HashMap<>();
        private final Set<String> tracked = new HashSet<>();

        Run(QueueState s, SplittableRandom random) {
            this.s = s;
            this.random = random;
            this.line = new SimulatedLine(s.priorityCap());
            for (QueueState.Waiting w : s.waiting()) {
                if (w.ticket().status() == TicketStatus.WAITING) {
                    line.add(w.ticket());
                    serviceOf.put(w.ticket().id(), w.serviceKey());
                    tracked.add(w.ticket().id());
                }
            }
            later.addAll(s.expected());
            addWalkIns();
            later.sort((a, b) -> Long.compare(a.at(), b.at()));
        }

        /** Walk-ins still to come into queues that some desk serves at a better level than another queue. */
        private void addWalkIns() {
            if (s.arrivals() == null) {
                return;
            }
            Set<String> queues = new HashSet<>();
            for (QueueState.DeskState d : s.desks()) {
                for (DeskView.Level l : d.view().queues()) {
                    queues.add(l.queueId());
                }
            }
            long end = s.now() + HORIZON_MILLIS;
            int n = 0;
            for (String q : queues) {
                long t = s.now();
                while (n < 2000) {
                    double rate = Math.max(s.arrivals().perHour(q, t), 0.0);
                    if (rate <= 0) {
                        t += 900_000L; // nothing this quarter: look again later
                        if (t >= end) {
                            break;
                        }
                        continue;
                    }
                    t += Math.round(-Math.log(1 - random.nextDouble()) / rate * 3600_000.0);
                    if (t >= end) {
                        break;
                    }
                    boolean prio = random.nextDouble() < s.arrivals().priorityShare(q);
                    String id = "~" + q + "-" + n++;
                    later.add(new QueueState.Expected(
                            new Candidate(id, id, q, TicketStatus.WAITING, t, t, null, prio, 0), q, t));
                }
            }
        }

        Map<String, Long> play() {
            int m = s.desks().size();
            long[] free = new long[m];
            for (int i = 0; i < m; i++) {
                QueueState.DeskState d = s.desks().get(i);
                long t = s.now();
                if (d.busySince() != null) {
                    t += s.serviceTimes()
                            .sampleRemaining(d.busyServiceKey(), d.busySince(), s.now() - d.busySince(), random);
                }
                free[i] = nextStaffed(d, t);
            }
            int next = 0; // index into later
            long end = s.now() + HORIZON_MILLIS;
            int remaining = tracked.size();
            while (remaining > 0) {
                int i = earliest(free);
                if (i < 0 || free[i] >= end) {
                    break;
                }
                long t = free[i];
                while (next < later.size() && later.get(next).at() <= t) {
                    QueueState.Expected e = later.get(next++);
                    line.add(e.ticket());
                    serviceOf.put(e.ticket().id(), e.serviceKey());
                }
                QueueState.DeskState desk = s.desks().get(i);
                DeskView view = openView(desk, t);
                Optional<CallRule.Decision> d = CallRule.pickNext(view, line.frontier(view), t, s.priorityCap());
                if (d.isPresent()) {
                    Candidate c = d.get().ticket();
                    line.take(c, view);
                    if (tracked.contains(c.id())) {
                        called.put(c.id(), t);
                        remaining--;
                    }
                    if (c.id().startsWith(PROBE)) {
                        continue; // takes no desk time: the desk looks again at once
                    }
                    long took = s.serviceTimes().sample(serviceOf.get(c.id()), t, random);
                    free[i] = nextStaffed(desk, t + Math.max(took, 1000L));
                } else {
                    long wake = Math.min(wakeAfter(desk, t, next), nextOpening(desk, t));
                    free[i] = wake == Long.MAX_VALUE ? Long.MAX_VALUE : nextStaffed(desk, wake);
                }
            }
            return called;
        }

        /** The desk as the call rule sees it at {@code t}: only the queues that may be called then. */
        private DeskView openView(QueueState.DeskState desk, long t) {
            List<DeskView.Level> open = new ArrayList<>();
            for (DeskView.Level l : desk.view().queues()) {
                if (s.queueCallableAt(l.queueId(), t)) {
                    open.add(l);
                }
            }
            return open.size() == desk.view().queues().size()
                    ? desk.view()
                    : new DeskView(desk.view().id(), open);
        }

        /** When the next of the desk's queues that is closed at {@code t} opens, or MAX_VALUE. */
        private long nextOpening(QueueState.DeskState desk, long t) {
            long wake = Long.MAX_VALUE;
            for (DeskView.Level l : desk.view().queues()) {
                wake = Math.min(wake, s.nextOpening(l.queueId(), t));
            }
            return wake;
        }

        /** When an idle desk should look again: the next arrival or the next appointment falling due. */
        private long wakeAfter(QueueState.DeskState desk, long t, int next) {
            long wake = Long.MAX_VALUE;
            for (int k = next; k < later.size(); k++) {
                if (desk.serves(later.get(k).ticket().queueId())) {
                    wake = later.get(k).at();
                    break;
                }
            }
            for (Candidate c : line.appointments()) {
                if (c.dueAt() > t && desk.serves(c.queueId())) {
                    wake = Math.min(wake, c.dueAt());
                }
            }
            return wake;
        }

        private static int earliest(long[] free) {
            int best = -1;
            for (int i = 0; i < free.length; i++) {
                if (free[i] != Long.MAX_VALUE && (best < 0 || free[i] < free[best])) {
                    best = i;
                }
            }
            return best;
        }

        /** The first moment at or after t when the desk is staffed, or MAX_VALUE when it is not again. */
        private static long nextStaffed(QueueState.DeskState d, long t) {
            for (QueueState.Period p : d.staffed()) {
                if (t < p.to()) {
                    return Math.max(t, p.from());
                }
            }
            return Long.MAX_VALUE;
        }
    }
}
