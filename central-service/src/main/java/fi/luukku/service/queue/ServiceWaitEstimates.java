package fi.luukku.service.queue;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.service.db.Sql;
import fi.luukku.service.point.Catalog;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's wait estimates: reads a point's state (waiting tickets, desks staffed now, desks busy, service times
 * of the last two weeks) and asks the {@link LookAheadEstimator}. An unchanged state within a short while reuses the
 * last answer, so listing queues or tickets costs one look-ahead, not one per row.
 */
public final class ServiceWaitEstimates {
    /** Whether somebody is signed in at a desk now. */
    @FunctionalInterface
    public interface StaffedDesk {
        boolean staffed(Sql sql, String deskId) throws SQLException;
    }

    /** The estimates of a point's waiting tickets, and of a ticket taken now in each queue. */
    public record Snapshot(Map<String, WaitEstimate> tickets, Map<String, WaitEstimate> newTicket) {}

    static final long REUSE_MILLIS = 15_000;
    static final long LEARN_EVERY_MILLIS = 60_000;
    /**
     * Staffed desks are assumed to stay staffed this long; the queues' opening hours decide when they may call. A
     * desk nobody is at is assumed to open when the first of its queues opens later today, but only while nobody at all
     * is signed in at the point (before the day starts); once somebody is, the desks with people are the staffing.
     */
    static final long STAFFED_AHEAD_MILLIS = 8 * 3600_000L;

    private final Catalog catalog;
    private final StaffedDesk staffed;
    private final Clock clock;
    private final ZoneId zone;
    private final int priorityCap;
    private final long defaultServiceMillis;
    private final WaitEstimator estimator = new LookAheadEstimator(40, 0.2, 0.8, 14L);
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Learned> learned = new ConcurrentHashMap<>();

    private record Cached(int fingerprint, long at, Snapshot snapshot) {}

    private record Learned(long at, LearnedServiceTimes times) {}

    public ServiceWaitEstimates(
            Catalog catalog,
            StaffedDesk staffed,
            Clock clock,
            ZoneId zone,
            int priorityCap,
            long defaultServiceMillis) {
        this.catalog = catalog;
        this.staffed = staffed;
        this.clock = clock;
        this.zone = zone;
        this.priorityCap = priorityCap;
        this.defaultServiceMillis = defaultServiceMillis;
    }

    /** Estimates for the point's waiting tickets today and for a new ticket in each of its queues. */
    public Snapshot forPoint(Sql sql, String pointId, String day) throws SQLException {
        long now = clock.millis();
        Map<String, String> authorityOf = new HashMap<>();
        catalog.queues(pointId).forEach(q -> authorityOf.put(q.id(), q.authorityId()));
        Map<String, List<QueueState.Period>> hours =
                QueueHours.periods(QueueHours.load(sql, pointId), authorityOf, LocalDate.parse(day), zone);
        List<Catalog.Desk> pointDesks = catalog.desks(pointId);
        List<Boolean> signedIn = new ArrayList<>();
        for (Catalog.Desk d : pointDesks) {
            signedIn.add(staffed.staffed(sql, d.id()));
        }
        boolean nobodyIn = !signedIn.contains(true);
        List<QueueState.DeskState> desks = new ArrayList<>();
        for (int i = 0; i < pointDesks.size(); i++) {
            Catalog.Desk d = pointDesks.get(i);
            List<DeskView.Level> levels = new ArrayList<>();
            d.queues().forEach(dq -> levels.add(new DeskView.Level(dq.queueId(), dq.priority())));
            List<QueueState.Period> open = List.of();
            long opens = firstOpeningAfter(hours, d.queueIds(), now);
            if (signedIn.get(i)) {
                open = List.of(new QueueState.Period(now, now + STAFFED_AHEAD_MILLIS));
            } else if (nobodyIn && opens != Long.MAX_VALUE) {
                // before the day's opening nobody is signed in yet: the desk is expected when its queues open
                open = List.of(new QueueState.Period(opens, opens + STAFFED_AHEAD_MILLIS));
            }
            desks.add(new QueueState.DeskState(new DeskView(d.id(), levels), open, null, null));
        }
        Map<String, long[]> busy = new HashMap<>();
        Map<String, String> busyQueue = new HashMap<>();
        List<QueueState.Waiting> waiting = new ArrayList<>();
        for (Object[] r : sql.list(
                "SELECT id, number, queue_id, status, sort_at, issued_at, due_at, priority, passed_by, desk_id,"
                        + " called_at FROM tickets WHERE point_id = ? AND ticket_day = ?"
                        + " AND status IN ('WAITING','CALLED','SERVING')",
                rs -> new Object[] {
                    new Candidate(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            TicketStatus.valueOf(rs.getString(4)),
                            rs.getLong(5),
                            rs.getLong(6),
                            Sql.getLong(rs, "due_at"),
                            rs.getBoolean(8),
                            rs.getInt(9)),
                    rs.getString(10),
                    Sql.getLong(rs, "called_at")
                },
                pointId,
                day)) {
            Candidate c = (Candidate) r[0];
            if (c.status() == TicketStatus.WAITING) {
                waiting.add(new QueueState.Waiting(c, c.queueId()));
            } else if (r[1] != null && r[2] != null) {
                busy.put((String) r[1], new long[] {(Long) r[2]});
                busyQueue.put((String) r[1], c.queueId());
            }
        }
        for (int i = 0; i < desks.size(); i++) {
            QueueState.DeskState d = desks.get(i);
            long[] since = busy.get(d.view().id());
            if (since != null) {
                desks.set(
                        i,
                        new QueueState.DeskState(
                                d.view(),
                                d.staffed(),
                                since[0],
                                busyQueue.get(d.view().id())));
            }
        }
        int fingerprint = fingerprint(desks, waiting);
        Cached cached = cache.get(pointId);
        if (cached != null && cached.fingerprint() == fingerprint && now - cached.at() < REUSE_MILLIS) {
            return cached.snapshot();
        }
        ServiceTimes times = times(sql, pointId, now).snapshot();
        // and a probe per queue: a ticket taken now (probes take no desk time, so one look-ahead answers all)
        List<QueueState.Waiting> withProbes = new ArrayList<>(waiting);
        for (Catalog.Queue q : catalog.queues(pointId)) {
            String id = LookAheadEstimator.PROBE + q.id();
            withProbes.add(new QueueState.Waiting(
                    new Candidate(id, id, q.id(), TicketStatus.WAITING, now, now, null, false, 0), q.id()));
        }
        Map<String, WaitEstimate> all =
                estimator.estimate(new QueueState(now, desks, withProbes, List.of(), priorityCap, times, null, hours));
        Map<String, WaitEstimate> tickets = new HashMap<>();
        Map<String, WaitEstimate> fresh = new HashMap<>();
        all.forEach((id, e) -> {
            if (id.startsWith(LookAheadEstimator.PROBE)) {
                fresh.put(id.substring(LookAheadEstimator.PROBE.length()), e);
            } else {
                tickets.put(id, e);
            }
        });
        Snapshot s = new Snapshot(tickets, fresh);
        cache.put(pointId, new Cached(fingerprint, now, s));
        return s;
    }

    /** The first opening after {@code now} of any of the queues today, or MAX_VALUE. */
    private static long firstOpeningAfter(Map<String, List<QueueState.Period>> hours, List<String> queues, long now) {
        long first = Long.MAX_VALUE;
        for (String q : queues) {
            for (QueueState.Period p : hours.getOrDefault(q, List.of())) {
                if (p.from() > now) {
                    first = Math.min(first, p.from());
                }
            }
        }
        return first;
    }

    private static int fingerprint(List<QueueState.DeskState> desks, List<QueueState.Waiting> waiting) {
        List<Object> parts = new ArrayList<>();
        for (QueueState.DeskState d : desks) {
            parts.add(List.of(d.view().id(), d.staffed().isEmpty(), String.valueOf(d.busySince())));
        }
        for (QueueState.Waiting w : waiting) {
            Candidate c = w.ticket();
            parts.add(List.of(c.id(), c.queueId(), c.passedBy(), c.sortAt(), String.valueOf(c.dueAt())));
        }
        return parts.hashCode();
    }

    /** Desk occupancy (call to finish or no-show) per queue over the last two weeks, refreshed each minute. */
    private LearnedServiceTimes times(Sql sql, String pointId, long now) throws SQLException {
        Learned l = learned.get(pointId);
        if (l != null && now - l.at() < LEARN_EVERY_MILLIS) {
            return l.times();
        }
        LearnedServiceTimes t = new LearnedServiceTimes(zone, defaultServiceMillis);
        long since = now - 14L * 24 * 3600_000L;
        // bounded by ticket_day too, so the index (point_id, ticket_day) reads two weeks, not the point's history
        List<Object[]> rows = sql.list(
                "SELECT queue_id, called_at, finished_at FROM tickets WHERE point_id = ? AND ticket_day >= ?"
                        + " AND called_at IS NOT NULL AND finished_at > ? AND status IN ('FINISHED','NO_SHOW')"
                        + " ORDER BY finished_at",
                rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)},
                pointId,
                LocalDate.ofInstant(java.time.Instant.ofEpochMilli(since), zone)
                        .minusDays(1)
                        .toString(),
                since);
        for (Object[] r : rows) {
            t.record((String) r[0], (Long) r[1], (Long) r[2] - (Long) r[1]);
        }
        learned.put(pointId, new Learned(now, t));
        return t;
    }
}
