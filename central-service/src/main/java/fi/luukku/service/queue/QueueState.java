package fi.luukku.service.queue;

import java.util.List;

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
 */
public record QueueState(
        long now,
        List<DeskState> desks,
        List<Waiting> waiting,
        List<Expected> expected,
        int priorityCap,
        ServiceTimes serviceTimes,
        ArrivalRates arrivals) {

    public QueueState {
        desks = List.copyOf(desks);
        waiting = List.copyOf(waiting);
        expected = List.copyOf(expected);
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
