package fi.luukku.service.queue;

import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each queue's opening hours on one day, from the point's {@code opening_hours} (administration): the rows of the
 * queue's authority on that day when it has any (a dated exception before the weekly pattern), otherwise the
 * point's own rows (again a dated exception first). A day without rows while the point has hours at all is a closed
 * day; a point with no hours at all gives no map entries (hours unknown).
 */
public final class QueueHours {
    /** One row of the opening hours table. */
    public record Row(
            String authorityId, Integer weekday, String onDate, String opens, String closes, boolean closed) {}

    private QueueHours() {}

    /** Reads the point's rows. */
    public static List<Row> load(Sql sql, String pointId) throws SQLException {
        return sql.list(
                "SELECT authority_id, weekday, on_date, opens, closes, closed FROM opening_hours WHERE point_id = ?",
                rs -> new Row(
                        rs.getString(1),
                        (Integer) rs.getObject(2, Integer.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)),
                pointId);
    }

    /**
     * The periods [opens, closes) of each queue on {@code day}, in order, as epoch millis.
     *
     * @param queueAuthority each queue's authority id
     */
    public static Map<String, List<QueueState.Period>> periods(
            List<Row> rows, Map<String, String> queueAuthority, LocalDate day, ZoneId zone) {
        Map<String, List<QueueState.Period>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<QueueState.Period> point = dayPeriods(rows, null, day, zone);
        queueAuthority.forEach((queue, authority) -> {
            List<QueueState.Period> own = authority == null ? null : dayPeriods(rows, authority, day, zone);
            out.put(queue, own != null ? own : point != null ? point : List.of());
        });
        return out;
    }

    /**
     * Whether the point is open at {@code millis}: its own hours or any authority's hours there cover that moment.
     * A point with no opening hours at all counts as open (its hours are unknown).
     */
    public static boolean pointOpenAt(List<Row> rows, long millis, ZoneId zone) {
        if (rows.isEmpty()) {
            return true;
        }
        LocalDate day = java.time.Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
        java.util.Set<String> owners = new java.util.HashSet<>();
        rows.forEach(r -> owners.add(r.authorityId()));
        for (String owner : owners) {
            List<QueueState.Period> periods = dayPeriods(rows, owner, day, zone);
            if (periods != null && periods.stream().anyMatch(p -> millis >= p.from() && millis < p.to())) {
                return true;
            }
        }
        return false;
    }

    /** The day's periods of the point (authority null) or of one authority; null when it has no rows for the day. */
    private static List<QueueState.Period> dayPeriods(List<Row> rows, String authority, LocalDate day, ZoneId zone) {
        List<Row> dated = new ArrayList<>();
        List<Row> weekly = new ArrayList<>();
        for (Row r : rows) {
            boolean mine = authority == null ? r.authorityId() == null : authority.equals(r.authorityId());
            if (!mine) {
                continue;
            }
            if (day.toString().equals(r.onDate())) {
                dated.add(r);
            } else if (r.onDate() == null
                    && r.weekday() != null
                    && r.weekday() == day.getDayOfWeek().getValue()) {
                weekly.add(r);
            }
        }
        List<Row> use = !dated.isEmpty() ? dated : weekly;
        if (use.isEmpty()) {
            return null;
        }
        List<QueueState.Period> periods = new ArrayList<>();
        for (Row r : use) {
            if (r.closed()) {
                return List.of();
            }
            if (r.opens() == null || r.closes() == null) {
                continue;
            }
            try {
                long from = day.atTime(LocalTime.parse(r.opens()))
                        .atZone(zone)
                        .toInstant()
                        .toEpochMilli();
                long to = day.atTime(LocalTime.parse(r.closes()))
                        .atZone(zone)
                        .toInstant()
                        .toEpochMilli();
                if (to > from) {
                    periods.add(new QueueState.Period(from, to));
                }
            } catch (DateTimeParseException e) {
                // a row without valid times says nothing about the day's hours
            }
        }
        periods.sort(Comparator.comparingLong(QueueState.Period::from));
        return periods;
    }
}
