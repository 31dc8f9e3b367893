package fi.luukku.service.ticket;

import fi.luukku.service.auth.AuthService;
import fi.luukku.service.db.Sql;
import fi.luukku.service.point.Catalog;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first estimator: people ahead × the mean of the queue's last 20 service times (14 days, at least 30 s,
 * a configured default without history) ÷ the desks serving the queue with an unexpired staff session.
 */
public final class RecentServiceTimeEstimator implements WaitEstimator {
    private final TicketRepository repository;
    private final Catalog catalog;
    private final AuthService auth;
    private final Clock clock;
    private final long defaultServiceMillis;
    private final ConcurrentHashMap<String, long[]> serviceTimeCache = new ConcurrentHashMap<>();

    public RecentServiceTimeEstimator(
            TicketRepository repository, Catalog catalog, AuthService auth, Clock clock, long defaultServiceMillis) {
        this.repository = repository;
        this.catalog = catalog;
        this.auth = auth;
        this.clock = clock;
        this.defaultServiceMillis = defaultServiceMillis;
    }

    @Override
    public int staffedDesks(Sql sql, String queueId) throws SQLException {
        List<String> desks =
                catalog.desksServing(queueId).stream().map(Catalog.Desk::id).toList();
        return (int) auth.openDesks(sql, desks);
    }

    @Override
    public long estimateSeconds(Sql sql, String queueId, int peopleAhead, int staffedDesks) throws SQLException {
        if (peopleAhead <= 0) {
            return 0;
        }
        long avg = averageServiceMillis(sql, queueId);
        return Math.round((double) peopleAhead * avg / Math.max(1, staffedDesks) / 1000.0);
    }

    long averageServiceMillis(Sql sql, String queueId) throws SQLException {
        long now = clock.millis();
        long[] cached = serviceTimeCache.get(queueId);
        if (cached != null && now - cached[1] < 30_000) {
            return cached[0];
        }
        List<Long> durations = repository.serviceTimes(sql, queueId, now - 14L * 24 * 3600 * 1000);
        long avg = defaultServiceMillis;
        List<Long> recent = durations.stream().limit(20).toList();
        if (!recent.isEmpty()) {
            avg = Math.max(30_000, (long)
                    recent.stream().mapToLong(Long::longValue).average().orElse(defaultServiceMillis));
        }
        serviceTimeCache.put(queueId, new long[] {avg, now});
        return avg;
    }
}
