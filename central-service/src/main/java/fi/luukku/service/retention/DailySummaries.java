package fi.luukku.service.retention;

import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.util.List;

/**
 * Summarises one day of raw rows into the daily tables before they are removed: tickets by point, day, queue and
 * service (counts, served, no-shows, total waiting and service seconds), service events by type and authority,
 * feedback answers and ratings. Adds to a summary row that exists already, so a day may come in two parts.
 */
final class DailySummaries {
    private DailySummaries() {}

    static void summarise(Sql sql, long dayStart, long dayEnd) throws SQLException {
        record T(
                String point,
                String day,
                String queue,
                String service,
                long n,
                long served,
                long noShow,
                long waited,
                long work) {}
        List<T> tickets = sql.list(
                "SELECT point_id, ticket_day, queue_id, COALESCE(service_id, ''), COUNT(*),"
                        + " SUM(CASE WHEN status = 'FINISHED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN called_at IS NOT NULL THEN (called_at - sort_at) / 1000 ELSE 0 END),"
                        + " SUM(CASE WHEN started_at IS NOT NULL AND finished_at IS NOT NULL"
                        + " THEN (finished_at - started_at) / 1000 ELSE 0 END)"
                        + " FROM tickets WHERE issued_at >= ? AND issued_at < ?"
                        + " GROUP BY point_id, ticket_day, queue_id, COALESCE(service_id, '')",
                rs -> new T(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9)),
                dayStart,
                dayEnd);
        for (T t : tickets) {
            if (sql.update(
                            "UPDATE daily_ticket_stats SET tickets = tickets + ?, served = served + ?,"
                                    + " no_shows = no_shows + ?, wait_seconds_total = wait_seconds_total + ?,"
                                    + " service_seconds_total = service_seconds_total + ?"
                                    + " WHERE point_id = ? AND ticket_day = ? AND queue_id = ? AND service_id = ?",
                            t.n(),
                            t.served(),
                            t.noShow(),
                            t.waited(),
                            t.work(),
                            t.point(),
                            t.day(),
                            t.queue(),
                            t.service())
                    == 0) {
                sql.update(
                        "INSERT INTO daily_ticket_stats (point_id, ticket_day, queue_id, service_id, tickets, served,"
                                + " no_shows, wait_seconds_total, service_seconds_total) VALUES (?,?,?,?,?,?,?,?,?)",
                        t.point(),
                        t.day(),
                        t.queue(),
                        t.service(),
                        t.n(),
                        t.served(),
                        t.noShow(),
                        t.waited(),
                        t.work());
            }
        }
        record E(String point, String type, String authority, long total) {}
        List<E> events = sql.list(
                "SELECT se.point_id, se.type_id, se.authority_id, SUM(se.count) FROM service_events se"
                        + " JOIN tickets t ON t.id = se.ticket_id WHERE t.issued_at >= ? AND t.issued_at < ?"
                        + " GROUP BY se.point_id, se.type_id, se.authority_id",
                rs -> new E(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                dayStart,
                dayEnd);
        for (E e : events) {
            if (sql.update(
                            "UPDATE daily_service_event_stats SET total = total + ?"
                                    + " WHERE point_id = ? AND day_start = ? AND type_id = ? AND authority_id = ?",
                            e.total(),
                            e.point(),
                            dayStart,
                            e.type(),
                            e.authority())
                    == 0) {
                sql.update(
                        "INSERT INTO daily_service_event_stats (point_id, day_start, type_id, authority_id, total)"
                                + " VALUES (?,?,?,?,?)",
                        e.point(),
                        dayStart,
                        e.type(),
                        e.authority(),
                        e.total());
            }
        }
        record F(String point, long answers, long rated, long total) {}
        List<F> feedback = sql.list(
                "SELECT point_id, COUNT(*), COUNT(rating), COALESCE(SUM(rating), 0) FROM feedback"
                        + " WHERE received_at >= ? AND received_at < ? GROUP BY point_id",
                rs -> new F(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                dayStart,
                dayEnd);
        for (F f : feedback) {
            if (sql.update(
                            "UPDATE daily_feedback_stats SET answers = answers + ?, rated = rated + ?,"
                                    + " rating_total = rating_total + ? WHERE point_id = ? AND day_start = ?",
                            f.answers(),
                            f.rated(),
                            f.total(),
                            f.point(),
                            dayStart)
                    == 0) {
                sql.update(
                        "INSERT INTO daily_feedback_stats (point_id, day_start, answers, rated, rating_total)"
                                + " VALUES (?,?,?,?,?)",
                        f.point(),
                        dayStart,
                        f.answers(),
                        f.rated(),
                        f.total());
            }
        }
    }
}
