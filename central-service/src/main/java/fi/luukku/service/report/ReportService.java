package fi.luukku.service.report;

import fi.luukku.core.api.BillingReportDto;
import fi.luukku.core.api.DailyStatsDto;
import fi.luukku.service.db.Database;
import fi.luukku.service.point.Catalog;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Daily statistics and the monthly billing report per authority. */
public final class ReportService {
    private final Database db;
    private final Catalog catalog;
    private final ZoneId zone;

    public ReportService(Database db, Catalog catalog, ZoneId zone) {
        this.db = db;
        this.catalog = catalog;
        this.zone = zone;
    }

    public DailyStatsDto daily(String pointId, LocalDate day) {
        long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.read(sql -> {
            record T(
                    String queue,
                    String status,
                    long issued,
                    Long called,
                    Long started,
                    Long finished,
                    String outcome,
                    Integer assessment) {}
            List<T> rows = sql.list(
                    "SELECT queue_id, status, issued_at, called_at, started_at, finished_at, outcome, assessment"
                            + " FROM tickets WHERE point_id = ? AND ticket_day = ?",
                    rs -> new T(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getLong(3),
                            fi.luukku.service.db.Sql.getLong(rs, "called_at"),
                            fi.luukku.service.db.Sql.getLong(rs, "started_at"),
                            fi.luukku.service.db.Sql.getLong(rs, "finished_at"),
                            rs.getString(7),
                            fi.luukku.service.db.Sql.getInt(rs, "assessment")),
                    pointId,
                    day.toString());
            int finished = 0;
            int noShows = 0;
            int cancelled = 0;
            int open = 0;
            long waitSum = 0;
            long waitMax = 0;
            int waitN = 0;
            long serviceSum = 0;
            int serviceN = 0;
            long assessSum = 0;
            int assessN = 0;
            Map<String, Integer> outcomes = new TreeMap<>();
            Map<String, long[]> perQueue = new LinkedHashMap<>();
            for (T t : rows) {
                long[] q = perQueue.computeIfAbsent(t.queue(), k -> new long[4]);
                q[0]++;
                switch (t.status()) {
                    case "FINISHED" -> {
                        finished++;
                        q[1]++;
                    }
                    case "NO_SHOW" -> noShows++;
                    case "CANCELLED" -> cancelled++;
                    default -> open++;
                }
                if (t.called() != null) {
                    long w = Math.max(0, t.called() - t.issued()) / 1000;
                    waitSum += w;
                    waitMax = Math.max(waitMax, w);
                    waitN++;
                    q[2] += w;
                    q[3]++;
                }
                if (t.started() != null && t.finished() != null && "FINISHED".equals(t.status())) {
                    serviceSum += Math.max(0, t.finished() - t.started()) / 1000;
                    serviceN++;
                }
                if (t.outcome() != null) {
                    outcomes.merge(t.outcome(), 1, Integer::sum);
                }
                if (t.assessment() != null) {
                    assessSum += t.assessment();
                    assessN++;
                }
            }
            List<DailyStatsDto.QueueStats> queues = new ArrayList<>();
            for (var e : perQueue.entrySet()) {
                long[] q = e.getValue();
                queues.add(
                        new DailyStatsDto.QueueStats(e.getKey(), (int) q[0], (int) q[1], q[3] == 0 ? 0 : q[2] / q[3]));
            }
            Map<String, Integer> events = new TreeMap<>();
            sql.list(
                    "SELECT type_id, SUM(count) FROM service_events WHERE point_id = ? AND recorded_at >= ?"
                            + " AND recorded_at < ? GROUP BY type_id",
                    rs -> events.put(rs.getString(1), rs.getInt(2)),
                    pointId,
                    from,
                    to);
            double[] fb = sql.one(
                            "SELECT COUNT(*), AVG(CAST(rating AS DOUBLE PRECISION)) FROM feedback WHERE point_id = ?"
                                    + " AND answered_at >= ? AND answered_at < ?",
                            rs -> new double[] {rs.getLong(1), rs.getDouble(2), rs.wasNull() ? 1 : 0},
                            pointId,
                            from,
                            to)
                    .orElse(new double[] {0, 0, 1});
            int help = (int) sql.longValue(
                    "SELECT COUNT(*) FROM help_requests WHERE point_id = ? AND requested_at >= ? AND requested_at < ?",
                    pointId,
                    from,
                    to);
            int incidents = (int) sql.longValue(
                    "SELECT COUNT(*) FROM incidents WHERE point_id = ? AND occurred_at >= ? AND occurred_at < ?",
                    pointId,
                    from,
                    to);
            return new DailyStatsDto(
                    pointId,
                    day,
                    rows.size(),
                    finished,
                    noShows,
                    cancelled,
                    open,
                    waitN == 0 ? 0 : waitSum / waitN,
                    waitMax,
                    serviceN == 0 ? 0 : serviceSum / serviceN,
                    queues,
                    events,
                    outcomes,
                    fb[2] == 1 ? null : Math.round(fb[1] * 100) / 100.0,
                    (int) fb[0],
                    assessN == 0 ? null : Math.round(assessSum * 100.0 / assessN) / 100.0,
                    help,
                    incidents);
        });
    }

    public BillingReportDto billing(String pointId, YearMonth month) {
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.read(sql -> {
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            sql.list(
                    "SELECT authority_id, type_id, SUM(count) FROM service_events WHERE point_id = ? AND recorded_at >= ?"
                            + " AND recorded_at < ? GROUP BY authority_id, type_id ORDER BY authority_id, type_id",
                    rs -> counts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getInt(3)),
                    pointId,
                    from,
                    to);
            List<BillingReportDto.AuthorityLine> lines = new ArrayList<>();
            long total = 0;
            for (String authorityId : catalog.point(pointId).authorityIds()) {
                Map<String, Integer> byType = counts.getOrDefault(authorityId, Map.of());
                List<BillingReportDto.EventLine> events = new ArrayList<>();
                long eventsCents = 0;
                int eventCount = 0;
                for (var e : byType.entrySet()) {
                    long unit = catalog.priceCents(authorityId, e.getKey());
                    long sum = unit * e.getValue();
                    events.add(new BillingReportDto.EventLine(e.getKey(), e.getValue(), unit, sum));
                    eventsCents += sum;
                    eventCount += e.getValue();
                }
                long base = catalog.baseFeeCents(authorityId);
                String name = catalog.authority(authorityId)
                        .map(a -> a.name().in("fi"))
                        .orElse(authorityId);
                lines.add(new BillingReportDto.AuthorityLine(
                        authorityId, name, base, events, eventCount, eventsCents, base + eventsCents));
                total += base + eventsCents;
            }
            return new BillingReportDto(pointId, month.toString(), lines, total);
        });
    }
}
