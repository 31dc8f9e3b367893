package fi.luukku.service.queue;

import java.util.List;
import java.util.Map;

/**
 * What an estimator knows about one service point at one moment: plain values, no SQL.
 *
 * @param now the moment (epoch millis)
 * @param desks every desk of the point, staffed or not
 * @param waiting the waiting tickets (parked and called ones may be included; only waiting ones are estimated)
 * @param expected tickets known to arrive later (checked-in later appointments), each with when it appears
 * @param priorityCap the call rule's cap on priority passing
 * @param serviceTimes learned service times
 * @param arrivals learned walk-in arrival rates, or null when unknown
 * @param queueHours each queue's opening hours today (from the point's and its authority's opening hours), in
 *     order; a queue missing from the map (or a null map) has no known hours and is served whenever a desk is staffed
 */
public record QueueState(
        long now,
        List<DeskState> desks,
        List<Waiting> waiting,
        List<Expected> expected,
        int priorityCap,
        ServiceTimes serviceTimes,
        ArrivalRates arrivals,
        Map<String, List<Period>> queueHours) {

    public QueueState {
        desks = List.copyOf(desks);
        waiting = List.copyOf(waiting);
        expected = List.copyOf(expected);
        queueHours = queueHours == null ? Map.of() : Map.copyOf(queueHours);
    }

    /** A state without known opening hours. */
    public QueueState(
            long now,
            List<DeskState> desks,
            List<Waiting> waiting,
            List<Expected> expected,
            int priorityCap,
            ServiceTimes serviceTimes,
            ArrivalRates arrivals) {
        this(now, desks, waiting, expected, priorityCap, serviceTimes, arrivals, Map.of());
    }

    /**
     * Whether a desk may call from the queue at {@code t}: not while the queue is closed and opens again later today
     * (before opening, over lunch). After its last closing, people already in line are still served by staffed
     * desks, and a queue without known hours is served whenever a desk is staffed.
     */
    public boolean queueCallableAt(String queueId, long t) {
        return nextOpening(queueId, t) == Long.MAX_VALUE;
    }

    /**
     * When the queue opens next if it is closed at {@code t} and opens later; {@code Long.MAX_VALUE} when it is
     * callable at {@code t}.
     */
    public long nextOpening(String queueId, long t) {
        return nextOpening(queueHours.get(queueId), t);
    }

    /** {@link #nextOpening(String, long)} for a queue's ordered hours (null: unknown). */
    public static long nextOpening(List<Period> hours, long t) {
        if (hours == null) {
            return Long.MAX_VALUE;
        }
        for (Period p : hours) {
            if (t < p.from()) {
                return p.from();
            }
            if (t < p.to()) {
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    /** A waiting ticket and the service it is waiting for (service times are learned per service). */
    public record Waiting(Candidate ticket, String serviceKey) {}

    /** A ticket that will appear at {@code at}, such as a booked appointment. */
    public record Expected(Candidate ticket, String serviceKey, long at) {}

    /**
     * A desk now.
     *
     * @param view its queues and their levels
     * @param staffed the periods it is (or is planned to be) staffed from now on, in order; empty when nobody is
     *     at it and no opening is known
     * @param busySince when its current customer was called, or null when it is free
     * @param busyServiceKey the service of its current customer
     */
    public record DeskState(DeskView view, List<Period> staffed, Long busySince, String busyServiceKey) {
        public DeskState {
            staffed = List.copyOf(staffed);
        }

        public boolean staffedAt(long t) {
            return staffed.stream().anyMatch(p -> p.from() <= t && t < p.to());
        }

        public boolean serves(String queueId) {
            return view.queues().stream().anyMatch(l -> l.queueId().equals(queueId));
        }
    }

    /** A staffed period [from, to) in epoch millis. */
    public record Period(long from, long to) {}
}
