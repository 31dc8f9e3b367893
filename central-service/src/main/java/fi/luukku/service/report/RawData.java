package fi.luukku.service.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.service.db.Sql;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the raw rows of a period for a set of points: per point when the scope is a point or a region (the point
 * indexes), by time alone for every point ({@code pointIds} null). Also which of the period's tickets have service
 * events outside it (their chains are completed across days).
 */
final class RawData {
    final List<Rows.Ticket> tickets = new ArrayList<>();
    final List<Rows.Feedback> feedback = new ArrayList<>();
    final List<Rows.Event> events = new ArrayList<>();
    final List<Rows.Incident> incidents = new ArrayList<>();
    final List<Rows.Referral> referrals = new ArrayList<>();
    final Set<String> eventsOutside = new java.util.HashSet<>();

    private RawData() {}

    static RawData read(Sql sql, ObjectMapper mapper, List<String> pointIds, LocalDate from, LocalDate to, ZoneId zone)
            throws SQLException {
        RawData d = new RawData();
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<String> filters = pointIds == null ? java.util.Collections.singletonList(null) : pointIds;
        for (String point : filters) {
            String pf = point == null ? "" : " AND point_id = ?";
            Object[] dayArgs = point == null
                    ? new Object[] {from.toString(), to.toString()}
                    : new Object[] {from.toString(), to.toString(), point};
            Object[] timeArgs = point == null ? new Object[] {start, end} : new Object[] {start, end, point};
            sql.list(
                    "SELECT id, point_id, ticket_day, queue_id, status, issued_at, called_at, started_at, finished_at,"
                            + " outcome, assessment, triage FROM tickets WHERE ticket_day >= ? AND ticket_day <= ?"
                            + pf,
                    rs -> {
                        Long called = Sql.getLong(rs, "called_at");
                        Long started = Sql.getLong(rs, "started_at");
                        Long finished = Sql.getLong(rs, "finished_at");
                        String status = rs.getString("status");
                        long issued = rs.getLong("issued_at");
                        Integer wait = called == null ? null : (int) (Math.max(0, called - issued) / 1000);
                        Integer service = "FINISHED".equals(status) && started != null && finished != null
                                ? (int) (Math.max(0, finished - started) / 1000)
                                : null;
                        Integer level = null;
                        String lifeEvent = null;
                        String triage = rs.getString("triage");
                        if (triage != null && !triage.isBlank()) {
                            try {
                                JsonNode n = mapper.readTree(triage);
                                level = n.hasNonNull("supportLevel")
                                        ? n.get("supportLevel").asInt()
                                        : null;
                                lifeEvent = n.hasNonNull("lifeEventId")
                                        ? n.get("lifeEventId").asText()
                                        : null;
                            } catch (IOException e) {
                                // an unreadable triage is reported as no triage
                            }
                        }
                        d.tickets.add(new Rows.Ticket(
                                rs.getString("id"),
                                rs.getString("point_id"),
                                rs.getString("ticket_day"),
                                rs.getString("queue_id"),
                                status,
                                issued,
                                wait,
                                service,
                                rs.getString("outcome"),
                                Sql.getInt(rs, "assessment"),
                                level,
                                lifeEvent));
                        return null;
                    },
                    dayArgs);
            sql.list(
                    "SELECT point_id, answered_at, authority_id, rating,"
                            + " CASE WHEN comment IS NULL OR comment = '' THEN 0 ELSE 1 END AS has_comment,"
                            + " outcome, could_do_alone, not_alone_reason, perceived_safety FROM feedback"
                            + " WHERE answered_at >= ? AND answered_at < ?" + pf,
                    rs -> {
                        boolean cda = rs.getBoolean("could_do_alone");
                        Boolean couldDoAlone = rs.wasNull() ? null : cda;
                        d.feedback.add(new Rows.Feedback(
                                rs.getString("point_id"),
                                rs.getLong("answered_at"),
                                rs.getString("authority_id"),
                                Sql.getInt(rs, "rating"),
                                rs.getInt("has_comment") == 1,
                                rs.getString("outcome"),
                                couldDoAlone,
                                rs.getString("not_alone_reason"),
                                Sql.getInt(rs, "perceived_safety")));
                        return null;
                    },
                    timeArgs);
            sql.list(
                    "SELECT point_id, ticket_id, authority_id, type_id, count, recorded_at FROM service_events"
                            + " WHERE recorded_at >= ? AND recorded_at < ?" + pf,
                    rs -> d.events.add(new Rows.Event(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getLong(6))),
                    timeArgs);
            sql.list(
                    "SELECT DISTINCT a.ticket_id FROM service_events a JOIN service_events b ON b.ticket_id = a.ticket_id"
                            + " WHERE a.recorded_at >= ? AND a.recorded_at < ?"
                            + (point == null ? "" : " AND a.point_id = ?")
                            + " AND (b.recorded_at < " + start + " OR b.recorded_at >= " + end + ")",
                    rs -> d.eventsOutside.add(rs.getString(1)),
                    timeArgs);
            sql.list(
                    "SELECT point_id, category, severity, resolved_at, occurred_at FROM incidents"
                            + " WHERE occurred_at >= ? AND occurred_at < ?" + pf,
                    rs -> {
                        rs.getLong(4);
                        boolean resolved = !rs.wasNull();
                        return d.incidents.add(new Rows.Incident(
                                rs.getString(1), rs.getString(2), rs.getInt(3), resolved, rs.getLong(5)));
                    },
                    timeArgs);
            sql.list(
                    "SELECT point_id, kind, target, created_at FROM referrals WHERE created_at >= ? AND created_at < ?"
                            + pf,
                    rs -> d.referrals.add(
                            new Rows.Referral(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))),
                    timeArgs);
        }
        return d;
    }

    /** The opening hours of the given points. */
    static List<Rows.Hours> hours(Sql sql, Set<String> wanted) throws SQLException {
        List<Rows.Hours> hours = new ArrayList<>();
        sql.list(
                "SELECT point_id, authority_id, weekday, on_date, opens, closes, closed FROM opening_hours",
                rs -> hours.add(new Rows.Hours(
                        rs.getString(1),
                        rs.getString(2),
                        Sql.getInt(rs, "weekday"),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7))),
                new Object[0]);
        hours.removeIf(h -> !wanted.contains(h.pointId()));
        return hours;
    }
}
