package fi.luukku.service.sim;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.service.queue.CallRule;
import fi.luukku.service.queue.Candidate;
import fi.luukku.service.queue.DeskView;
import fi.luukku.service.queue.LearnedServiceTimes;
import fi.luukku.service.queue.LookAheadEstimator;
import fi.luukku.service.queue.NaiveEstimator;
import fi.luukku.service.queue.QueueState;
import fi.luukku.service.queue.WaitEstimate;
import fi.luukku.service.queue.WaitEstimator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Simulates a scenario's days on a virtual clock: customers arrive, desks open and close by their shifts and call
 * with the real {@link CallRule}; every minute each waiting customer is shown an estimate by each estimator, and the
 * estimates are scored against the real waits.
 */
public final class PointSimulation {
    private final Scenario sc;
    private final ZoneId zone;
    private final SplittableRandom random;
    private final LearnedServiceTimes learned;
    private final LearnedArrivals arrivals;
    private final Map<String, Deque<Long>> lastServiceTimes = new HashMap<>(); // per queue, for the naive rule
    private final List<WaitEstimator> estimators;
    private final Scoreboard score = new Scoreboard();
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final List<SimTicket> waiting = new ArrayList<>();
    private final List<SimTicket> booked = new ArrayList<>(); // today's appointments not yet arrived
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<SimDesk> desks = new ArrayList<>();
    /** Today's opening hours per queue (empty when the scenario declares none). */
    private Map<String, List<QueueState.Period>> queueHours = new HashMap<>();

    private long seq;
    private int tickets;
    private boolean scoring;

    private record Event(long at, long seq, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    private static final class SimDesk {
        final DeskView view;
        final Scenario.Desk spec;
        List<QueueState.Period> today = List.of();
        SimTicket busy;
        long busySince;

        SimDesk(Scenario.Desk spec) {
            this.spec = spec;
            List<DeskView.Level> levels = new ArrayList<>();
            spec.queues().forEach((q, p) -> levels.add(new DeskView.Level(q, p)));
            this.view = new DeskView(spec.id(), levels);
        }

        boolean staffedAt(long t) {
            return today.stream().anyMatch(p -> p.from() <= t && t < p.to());
        }
    }

    public PointSimulation(Scenario sc) {
        this(sc, 30);
    }

    /** @param runs forward runs of the look-ahead estimator per estimate */
    public PointSimulation(Scenario sc, int runs) {
        this.sc = sc;
        this.zone = ZoneId.of(sc.zone() == null ? "Europe/Helsinki" : sc.zone());
        this.random = new SplittableRandom(sc.seed());
        long defaultMillis = Math.round((sc.defaultServiceMinutes() > 0 ? sc.defaultServiceMinutes() : 6) * 60_000);
        this.learned = new LearnedServiceTimes(zone, defaultMillis);
        this.arrivals = new LearnedArrivals(zone);
        this.estimators = List.of(
                new NaiveEstimator(q -> naiveMean(q, defaultMillis)),
                new LookAheadEstimator(runs, 0.2, 0.8, sc.seed()));
        sc.desks().forEach(d -> desks.add(new SimDesk(d)));
    }

    public List<String> estimatorNames() {
        return estimators.stream().map(WaitEstimator::name).toList();
    }

    /** Runs the warm-up and the scored days and returns the scores. */
    public Scoreboard run() {
        LocalDate first = LocalDate.parse(sc.startDate()).minusDays(sc.warmupDays());
        for (int d = 0; d < sc.warmupDays() + sc.days(); d++) {
            scoring = d >= sc.warmupDays();
            day(first.plusDays(d));
        }
        return score;
    }

    private void day(LocalDate date) {
        long midnight = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long lastClose = midnight;
        for (SimDesk d : desks) {
            d.today = shifts(d.spec, date, midnight);
            for (QueueState.Period p : d.today) {
                at(p.from(), () -> tryCall(d, p.from()));
                lastClose = Math.max(lastClose, p.to());
            }
        }
        if (lastClose == midnight) {
            return; // closed all day
        }
        queueHours = new HashMap<>();
        if (sc.queueHours() != null) {
            sc.queueHours().forEach((queue, periods) -> {
                List<QueueState.Period> today = periods(periods, date, midnight);
                queueHours.put(queue, today);
                for (QueueState.Period p : today) {
                    at(p.from(), () -> wakeDesks(queue, p.from()));
                }
            });
        }
        arrivals.dayStarts(date);
        long firstArrival = Long.MAX_VALUE;
        for (Scenario.Service s : sc.services()) {
            double factor = weekdayFactor(s, date.getDayOfWeek());
            if (s.arrivalsPerHour() == null || factor <= 0) {
                continue;
            }
            for (Map.Entry<String, Double> h : s.arrivalsPerHour().entrySet()) {
                long hourStart = midnight + Integer.parseInt(h.getKey()) * 3600_000L;
                int n = poisson(h.getValue() * factor);
                for (int i = 0; i < n; i++) {
                    long t = hourStart + (long) (random.nextDouble() * 3600_000L);
                    firstArrival = Math.min(firstArrival, t);
                    boolean prio = random.nextDouble() < s.priorityShare();
                    boolean noShow = random.nextDouble() < s.noShowShare();
                    at(t, () -> arrive(newTicket(s, prio, noShow), s, t, null));
                }
            }
        }
        booked.clear();
        if (sc.appointments() != null && date.getDayOfWeek().getValue() <= 5) {
            for (Scenario.Appointments a : sc.appointments()) {
                Scenario.Service s = sc.service(a.service());
                long slot0 = midnight + LocalTime.parse(a.from()).toSecondOfDay() * 1000L;
                for (int i = 0; i < a.perDay(); i++) {
                    long due = slot0 + i * a.slotMinutes() * 60_000L;
                    boolean comes = random.nextDouble() >= a.noShowShare();
                    long arrive = due
                            - Math.round((a.arriveMinutesEarly() + a.arriveSpreadMinutes() * random.nextGaussian())
                                    * 60_000);
                    SimTicket t = newTicket(s, false, false);
                    t.dueAt = due; // known from the booking before the customer comes
                    t.service = s.id();
                    t.queue = s.queue();
                    booked.add(t);
                    if (comes) {
                        firstArrival = Math.min(firstArrival, arrive);
                        at(arrive, () -> {
                            booked.remove(t);
                            arrive(t, s, arrive, due);
                        });
                    }
                    at(due, () -> booked.remove(t)); // a booked time passed without the customer: forgotten
                }
            }
        }
        if (firstArrival != Long.MAX_VALUE) {
            long firstTick = firstArrival - Math.floorMod(firstArrival, 60_000L) + 60_000L;
            for (long t = firstTick; t <= lastClose; t += 60_000L) {
                long tick = t;
                at(t, () -> tick(tick));
            }
        }
        while (!events.isEmpty()) {
            Event e = events.poll();
            e.action().run();
        }
        for (SimTicket t : waiting) {
            if (t.wait.scored) {
                score.unserved();
            }
        }
        waiting.clear();
    }

    private SimTicket newTicket(Scenario.Service s, boolean prio, boolean noShow) {
        int n = numbers.merge(s.queue(), 1, Integer::sum);
        return new SimTicket("t" + (++tickets), s.queue() + String.format("%03d", n % 1000), prio, noShow);
    }

    private void arrive(SimTicket t, Scenario.Service s, long now, Long due) {
        t.enter(s.id(), s.queue(), now, due, now, scoring);
        if (due == null) {
            arrivals.record(s.queue(), now, t.priority);
        }
        waiting.add(t);
        if (scoring) {
            show(now, t);
        }
        if (due != null && due > now) {
            at(due, () -> wakeDesks(s.queue(), due));
        }
        wakeDesks(s.queue(), now);
    }

    private void wakeDesks(String queue, long now) {
        for (SimDesk d : desks) {
            if (d.busy == null
                    && d.view.queues().stream().anyMatch(l -> l.queueId().equals(queue))) {
                tryCall(d, now);
            }
        }
    }

    private void tryCall(SimDesk d, long now) {
        if (d.busy != null || !d.staffedAt(now)) {
            return;
        }
        List<Candidate> candidates = waiting.stream().map(SimTicket::candidate).toList();
        List<DeskView.Level> open = d.view.queues().stream()
                .filter(l -> QueueState.nextOpening(queueHours.get(l.queueId()), now) == Long.MAX_VALUE)
                .toList();
        Optional<CallRule.Decision> pick =
                CallRule.pickNext(new DeskView(d.view.id(), open), candidates, now, sc.priorityCap());
        if (pick.isEmpty()) {
            return;
        }
        SimTicket t = null;
        for (SimTicket w : waiting) {
            if (w.id.equals(pick.get().ticket().id())) {
                t = w;
            } else if (pick.get().passed().contains(w.id)) {
                w.passed();
            }
        }
        waiting.remove(t);
        t.status = TicketStatus.CALLED;
        t.wait.calledAt = now;
        settle(t);
        d.busy = t;
        d.busySince = now;
        Scenario.Service s = sc.service(t.service);
        long took = t.noShow ? Math.round(Math.max(sc.recallMinutes(), 0.5) * 60_000) : serviceMillis(s);
        SimTicket served = t;
        at(now + took, () -> finish(d, served, now + took));
    }

    private void finish(SimDesk d, SimTicket t, long now) {
        d.busy = null;
        learned.record(t.service, d.busySince, now - d.busySince);
        if (!t.noShow) {
            Deque<Long> last = lastServiceTimes.computeIfAbsent(t.queue, q -> new ArrayDeque<>());
            last.addFirst(now - d.busySince);
            if (last.size() > 20) {
                last.removeLast();
            }
            Scenario.Service next = nextService(sc.service(t.service));
            if (next != null) {
                t.enter(next.id(), next.queue(), now, null, now, scoring);
                arrivals.record(next.queue(), now, t.priority);
                waiting.add(t);
                if (scoring) {
                    show(now, t);
                }
                wakeDesks(next.queue(), now);
            }
        }
        tryCall(d, now);
    }

    /** The real wait is known once the ticket is called: score every estimate it was shown. */
    private void settle(SimTicket t) {
        SimTicket.Wait w = t.wait;
        if (!w.scored) {
            return;
        }
        score.wait((w.calledAt - w.start) / 1000.0);
        for (long[] s : w.shown) {
            double real = (w.calledAt - s[0]) / 1000.0;
            String name = estimators.get((int) s[1]).name();
            if (s[0] == w.start) {
                score.atIssue(name, s[2] - real);
            } else {
                score.shown(name, s[2] - real);
            }
        }
    }

    private void tick(long now) {
        if (scoring && !waiting.isEmpty()) {
            show(now, null);
        }
    }

    /** Shows estimates to one ticket (just issued) or to everyone waiting. */
    private void show(long now, SimTicket only) {
        QueueState state = state(now);
        for (int e = 0; e < estimators.size(); e++) {
            Map<String, WaitEstimate> est = estimators.get(e).estimate(state);
            for (SimTicket t : waiting) {
                if ((only == null || only == t) && t.wait.scored && est.containsKey(t.id)) {
                    t.wait.shown.add(new long[] {now, e, est.get(t.id).seconds()});
                }
            }
        }
    }

    private QueueState state(long now) {
        List<QueueState.DeskState> ds = new ArrayList<>();
        for (SimDesk d : desks) {
            List<QueueState.Period> left =
                    d.today.stream().filter(p -> p.to() > now).toList();
            ds.add(new QueueState.DeskState(
                    d.view, left, d.busy == null ? null : d.busySince, d.busy == null ? null : d.busy.service));
        }
        List<QueueState.Waiting> ws = new ArrayList<>();
        for (SimTicket t : waiting) {
            ws.add(new QueueState.Waiting(t.candidate(), t.service));
        }
        List<QueueState.Expected> ex = new ArrayList<>();
        for (SimTicket b : booked) {
            Candidate c =
                    new Candidate(b.id, b.number, b.queue, TicketStatus.WAITING, b.dueAt, b.dueAt, b.dueAt, false, 0);
            ex.add(new QueueState.Expected(c, b.service, Math.max(now, b.dueAt)));
        }
        return new QueueState(now, ds, ws, ex, sc.priorityCap(), learned.snapshot(), arrivals, queueHours);
    }

    private double naiveMean(String queue, long defaultMillis) {
        Deque<Long> last = lastServiceTimes.get(queue);
        if (last == null || last.isEmpty()) {
            return defaultMillis;
        }
        return Math.max(
                30_000, last.stream().mapToLong(Long::longValue).average().orElse(defaultMillis));
    }

    private Scenario.Service nextService(Scenario.Service s) {
        if (s.next() == null || s.next().isEmpty()) {
            return null;
        }
        double u = random.nextDouble();
        for (Map.Entry<String, Double> e : new LinkedHashMap<>(s.next()).entrySet()) {
            u -= e.getValue();
            if (u < 0) {
                return sc.service(e.getKey());
            }
        }
        return null;
    }

    private long serviceMillis(Scenario.Service s) {
        Scenario.Distribution d = s.serviceMinutes();
        double minutes;
        if (d.empirical() != null && !d.empirical().isEmpty()) {
            minutes = d.empirical().get(random.nextInt(d.empirical().size()));
        } else {
            minutes = d.median() * Math.exp((d.sigma() == null ? 0.5 : d.sigma()) * random.nextGaussian());
        }
        return Math.max(20_000L, Math.round(minutes * 60_000));
    }

    private List<QueueState.Period> shifts(Scenario.Desk d, LocalDate date, long midnight) {
        return periods(d.shifts(), date, midnight);
    }

    private static List<QueueState.Period> periods(List<Scenario.Shift> shifts, LocalDate date, long midnight) {
        List<QueueState.Period> out = new ArrayList<>();
        for (Scenario.Shift s : shifts) {
            List<String> days = s.weekdays() == null || s.weekdays().isEmpty()
                    ? List.of("MON", "TUE", "WED", "THU", "FRI")
                    : s.weekdays();
            if (days.contains(date.getDayOfWeek().name().substring(0, 3))) {
                out.add(new QueueState.Period(
                        midnight + LocalTime.parse(s.from()).toSecondOfDay() * 1000L,
                        midnight + LocalTime.parse(s.to()).toSecondOfDay() * 1000L));
            }
        }
        out.sort((a, b) -> Long.compare(a.from(), b.from()));
        return out;
    }

    private static double weekdayFactor(Scenario.Service s, DayOfWeek day) {
        String key = day.name().substring(0, 3);
        if (s.weekdayFactor() != null && s.weekdayFactor().containsKey(key)) {
            return s.weekdayFactor().get(key);
        }
        return day.getValue() >= 6 ? 0 : 1;
    }

    private int poisson(double mean) {
        int n = 0;
        double l = Math.exp(-mean);
        double p = random.nextDouble();
        while (p > l) {
            p *= random.nextDouble();
            n++;
        }
        return n;
    }

    private void at(long t, Runnable action) {
        events.add(new Event(t, seq++, action));
    }
}
