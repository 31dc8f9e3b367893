package fi.luukku.service.reportchange;

import fi.luukku.service.db.Sql;
import java.sql.SQLException;

/**
 * Marks a point's day whose raw rows changed, so the reports read it raw until the maintenance job summarises it
 * again (ADR 0026). Writers call it inside their own transaction; a mark for a day not yet summarised is removed
 * when the day is summarised. One indexed statement; a duplicate mark is harmless.
 */
public final class ReportChanges {
    private ReportChanges() {}

    /** A ticket changed: marks its point and ticket day. */
    public static void ticket(Sql sql, String ticketId) throws SQLException {
        sql.update(
                "INSERT INTO report_changes (point_id, summary_day) SELECT t.point_id, t.ticket_day FROM tickets t"
                        + " WHERE t.id = ? AND NOT EXISTS (SELECT 1 FROM report_changes c"
                        + " WHERE c.point_id = t.point_id AND c.summary_day = t.ticket_day)",
                ticketId);
    }

    /** A row of the given time was written or changed at {@code now}: marks its day when it lies in the past. */
    public static void at(Sql sql, String pointId, long atMillis, long now) throws SQLException {
        if (atMillis < now) {
            sql.update("INSERT INTO report_changes (point_id, at_ms) VALUES (?,?)", pointId, atMillis);
        }
    }

    /**
     * A service event was recorded on a ticket: the ticket's earlier events may lie on an earlier day, whose summary
     * took their chain as complete; marks the earliest of them.
     */
    public static void ticketEvents(Sql sql, String ticketId, long now) throws SQLException {
        sql.update(
                "INSERT INTO report_changes (point_id, at_ms) SELECT point_id, MIN(recorded_at) FROM service_events"
                        + " WHERE ticket_id = ? AND recorded_at < ? GROUP BY point_id",
                ticketId,
                now);
    }
}
