package fi.luukku.service.ticket;

import fi.luukku.service.auth.Hashes;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.reportchange.ReportChanges;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every SQL statement on the tickets table (and the rows it maps), inside a transaction the caller holds. */
public final class TicketRepository {

    public TicketRepository() {}

    // ---- reading ----------------------------------------------------------------------------------

    public TicketRow load(Sql sql, String ticketId) throws SQLException {
        return find(sql, ticketId).orElseThrow(() -> new NotFound("ticket", ticketId));
    }

    public Optional<TicketRow> find(Sql sql, String ticketId) throws SQLException {
        return sql.one("SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE id = ?", TicketRow::map, ticketId);
    }

    public Optional<TicketRow> byTrackingCode(Sql sql, String code) throws SQLException {
        return sql.one("SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE tracking_code = ?", TicketRow::map, code);
    }

    public Optional<String> pointOf(Sql sql, String ticketId) throws SQLException {
        return sql.one("SELECT point_id FROM tickets WHERE id = ?", rs -> rs.getString(1), ticketId);
    }

    /** Open tickets of a point's day, in queue order. */
    public List<TicketRow> open(Sql sql, String pointId, String day) throws SQLException {
        return sql.list(
                "SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE point_id = ? AND ticket_day = ?"
                        + " AND status IN ('WAITING','CALLED','SERVING','PARKED') ORDER BY sort_at, issued_at",
                TicketRow::map,
                pointId,
                day);
    }

    /** Tickets of a point's day that were called, latest call first. */
    public List<TicketRow> called(Sql sql, String pointId, String day, int limit) throws SQLException {
        List<TicketRow> rows = sql.list(
                "SELECT " + TicketRow.COLUMNS
                        + " FROM tickets WHERE point_id = ? AND ticket_day = ? AND called_at IS NOT NULL"
                        + " ORDER BY called_at DESC",
                TicketRow::map,
                pointId,
                day);
        return rows.stream().limit(limit).toList();
    }

    /** Waiting people of a queue's day, the oldest issue time and how many appointments are due by {@code now}. */
    public record Waiting(int count, long oldestIssuedAt, int due) {}

    public Waiting waiting(Sql sql, String queueId, String day, long now) throws SQLException {
        return sql.one(
                        "SELECT COUNT(*), MIN(issued_at), SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END) FROM tickets"
                                + " WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ?",
                        rs -> new Waiting(rs.getInt(1), rs.getLong(2), rs.getInt(3)),
                        now,
                        queueId,
                        day)
                .orElse(new Waiting(0, 0, 0));
    }

    /** How many wait in the ticket's queue before it. */
    public int countAhead(Sql sql, TicketRow t) throws SQLException {
        return (int) sql.longValue(
                "SELECT COUNT(*) FROM tickets WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ? AND sort_at < ?",
                t.queueId(),
                t.day(),
                t.sortAt());
    }

    public boolean numberTaken(Sql sql, String pointId, String day, String number, String exceptId)
            throws SQLException {
        return sql.longValue(
                        "SELECT COUNT(*) FROM tickets WHERE point_id = ? AND ticket_day = ? AND number = ? AND id <> ?",
                        pointId,
                        day,
                        number,
                        exceptId == null ? "" : exceptId)
                > 0;
    }

    public boolean wasIssuedOffline(Sql sql, String ticketId) throws SQLException {
        return sql.longValue("SELECT COUNT(*) FROM tickets WHERE id = ? AND offline = TRUE", ticketId) > 0;
    }

    // ---- writing ----------------------------------------------------------------------------------

    public TicketRow insert(
            Sql sql,
            String pointId,
            String day,
            String number,
            String queueId,
            String serviceId,
            String language,
            List<String> needs,
            String interpreter,
            long issuedAt,
            long sortAt,
            String appointmentId,
            Long dueAt,
            boolean priority,
            List<String> plan,
            String kioskId,
            boolean offline)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        String tracking = Hashes.shortCode(10);
        sql.update(
                "INSERT INTO tickets (id, point_id, ticket_day, number, queue_id, service_id, status, language, special_needs,"
                        + " interpreter_language, issued_at, sort_at, tracking_code, appointment_id, due_at, priority,"
                        + " plan, kiosk_id, offline) VALUES (?,?,?,?,?,?,'WAITING',?,?,?,?,?,?,?,?,?,?,?,?)",
                id,
                pointId,
                day,
                number,
                queueId,
                serviceId,
                language,
                String.join(",", needs),
                interpreter,
                issuedAt,
                sortAt,
                tracking,
                appointmentId,
                Sql.nullableLong(dueAt),
                priority,
                String.join(",", plan),
                kioskId,
                offline);
        if (offline) {
            ReportChanges.ticket(sql, id); // an offline ticket may arrive after its day was summarised
        }
        return load(sql, id);
    }

    public void renumber(Sql sql, String ticketId, String number) throws SQLException {
        sql.update("UPDATE tickets SET number = ? WHERE id = ?", number, ticketId);
    }

    /** Calls the ticket to a desk; with {@code onlyIfWaiting} only when it still waits (another caller may have won). */
    public boolean markCalled(Sql sql, String ticketId, String deskId, long now, String by, boolean onlyIfWaiting)
            throws SQLException {
        boolean called = sql.update(
                        "UPDATE tickets SET status = 'CALLED', desk_id = ?, called_at = ?, served_by = ?, recalls = 0"
                                + " WHERE id = ?" + (onlyIfWaiting ? " AND status = 'WAITING'" : ""),
                        deskId,
                        now,
                        by,
                        ticketId)
                == 1;
        if (called) {
            ReportChanges.ticket(sql, ticketId);
        }
        return called;
    }

    /** Counts one more pass for every normal customer of {@code queueIds} who waited before {@code sortAt}. */
    public void countPassed(Sql sql, List<String> queueIds, String day, long sortAt) throws SQLException {
        for (String queueId : queueIds) { // per queue: see CallNextSelector on why not an IN list
            sql.update(
                    "UPDATE tickets SET passed_by = passed_by + 1 WHERE queue_id = ? AND status = 'WAITING'"
                            + " AND ticket_day = ? AND priority = FALSE AND due_at IS NULL AND sort_at < ?",
                    queueId,
                    day,
                    sortAt);
        }
    }

    public void markRecalled(Sql sql, String ticketId, long now) throws SQLException {
        sql.update("UPDATE tickets SET recalls = recalls + 1, called_at = ? WHERE id = ?", now, ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    /** Ends the ticket in a closed state without service (NO_SHOW, CANCELLED). */
    public void close(Sql sql, String ticketId, String status, long now) throws SQLException {
        sql.update("UPDATE tickets SET status = ?, finished_at = ? WHERE id = ?", status, now, ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    public void markServing(Sql sql, String ticketId, long now) throws SQLException {
        sql.update(
                "UPDATE tickets SET status = 'SERVING', started_at = COALESCE(started_at, ?) WHERE id = ?",
                now,
                ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    public void markParked(Sql sql, String ticketId) throws SQLException {
        sql.update("UPDATE tickets SET status = 'PARKED' WHERE id = ?", ticketId);
    }

    /** A no-show taken back: waiting again at its old place (its sort time unchanged), with no desk. */
    public void reopenNoShow(Sql sql, String ticketId) throws SQLException {
        sql.update(
                "UPDATE tickets SET status = 'WAITING', desk_id = NULL, finished_at = NULL, called_at = NULL,"
                        + " recalls = 0 WHERE id = ?",
                ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    /** Back to waiting at its old place in the queue. */
    public void markUnparked(Sql sql, String ticketId) throws SQLException {
        sql.update("UPDATE tickets SET status = 'WAITING', desk_id = NULL WHERE id = ?", ticketId);
    }

    /** The queue order a ticket moved to the front of a queue gets. */
    public long frontOf(Sql sql, String queueId, String day, long now) throws SQLException {
        long first = sql.longValue(
                "SELECT COALESCE(MIN(sort_at), ?) FROM tickets WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ?",
                now,
                queueId,
                day);
        return Math.min(first, now) - 1;
    }

    public void moveToQueue(Sql sql, String ticketId, String queueId, long sortAt, String notes) throws SQLException {
        sql.update(
                "UPDATE tickets SET queue_id = ?, status = 'WAITING', desk_id = NULL, sort_at = ?, called_at = NULL,"
                        + " started_at = NULL, recalls = 0, passed_by = 0, due_at = NULL,"
                        + " notes = COALESCE(?, notes) WHERE id = ?",
                queueId,
                sortAt,
                notes,
                ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    /** A ticket finished straight from CALLED was served from the moment it was called. */
    public void startAtCall(Sql sql, String ticketId) throws SQLException {
        sql.update("UPDATE tickets SET started_at = called_at WHERE id = ?", ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    public void markFinished(Sql sql, String ticketId, long now, String outcome, Integer assessment, String notes)
            throws SQLException {
        sql.update(
                "UPDATE tickets SET status = 'FINISHED', finished_at = ?, outcome = ?, assessment = ?,"
                        + " notes = COALESCE(?, notes) WHERE id = ?",
                now,
                outcome,
                Sql.nullableInt(assessment),
                notes,
                ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    /** A service chain's step is done: the ticket waits again with the rest of its plan. */
    public void continuePlan(Sql sql, String ticketId, List<String> rest) throws SQLException {
        sql.update(
                "UPDATE tickets SET status = 'WAITING', finished_at = NULL, started_at = NULL, plan = ? WHERE id = ?",
                String.join(",", rest),
                ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    public void setTriage(Sql sql, String ticketId, String triageJson, String notes) throws SQLException {
        sql.update("UPDATE tickets SET triage = ?, notes = ? WHERE id = ?", triageJson, notes, ticketId);
        ReportChanges.ticket(sql, ticketId);
    }

    public void insertServiceEvent(
            Sql sql, String id, TicketRow t, String typeId, String authorityId, int count, String deskId, long now)
            throws SQLException {
        sql.update(
                "INSERT INTO service_events (id, ticket_id, point_id, type_id, authority_id, count, desk_id, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?,?)",
                id,
                t.id(),
                t.pointId(),
                typeId,
                authorityId,
                count,
                deskId,
                now);
        ReportChanges.ticketEvents(sql, t.id(), now);
    }

    /**
     * Removes free-text notes of earlier days: no personal data is kept past the day. Besides the tickets and
     * referral slips, stored idempotent answers of earlier days go (referral slips, incidents, appointments),
     * except those of requests a device may still retry from its outbox (tickets, help, feedback), and any event
     * or stored answer that still carries notes (written before events were redacted) is cleared.
     */
    public int purgeNotes(Sql sql, String today, long startOfDay) throws SQLException {
        return sql.update("UPDATE tickets SET notes = NULL WHERE ticket_day < ? AND notes IS NOT NULL", today)
                + sql.update(
                        "UPDATE tickets SET triage = NULL WHERE ticket_day < ? AND triage LIKE ?",
                        today,
                        "%\"notes\":\"%")
                + sql.update("UPDATE referrals SET slip_text = '' WHERE created_at < ? AND slip_text <> ''", startOfDay)
                + sql.update(
                        "DELETE FROM idempotency WHERE created_at < ? AND ((scope NOT LIKE 'ticket:%' AND scope NOT LIKE"
                                + " 'help:%' AND scope NOT LIKE 'feedback:%') OR body LIKE ? OR body LIKE ?)",
                        startOfDay, "%\"notes\":\"%", "%\"triage\":{%")
                + sql.update(
                        "DELETE FROM events WHERE created_at < ? AND (data LIKE ? OR data LIKE ?)",
                        startOfDay,
                        "%\"notes\":\"%",
                        "%\"triage\":{%");
    }
}
