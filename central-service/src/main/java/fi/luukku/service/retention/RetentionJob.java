package fi.luukku.service.retention;

import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the {@link RetentionPolicy}. Each step walks forward through whole days from where it got last time
 * ({@code retention_progress}) up to its cut-off, at most {@value #DAYS_PER_RUN} days a run, one transaction per
 * day, and every statement filters an indexed time column by that day's range: a run costs what the new days
 * hold, never what the whole history holds. It is scheduled every {@code maintenance.intervalMinutes}, the first
 * run one interval after start-up (ADR 0022).
 */
public final class RetentionJob {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final int DAYS_PER_RUN = 7;
    /** The oldest row of any table a personal or raw step works on (each an indexed MIN). */
    private static final String OLDEST = "SELECT MIN(x) FROM (SELECT MIN(issued_at) AS x FROM tickets"
            + " UNION ALL SELECT MIN(received_at) FROM feedback UNION ALL SELECT MIN(requested_at) FROM help_requests"
            + " UNION ALL SELECT MIN(starts_at) FROM appointments UNION ALL SELECT MIN(occurred_at) FROM incidents) m";

    private final Database db;
    private final RetentionPolicy policy;
    private final Clock clock;

    public RetentionJob(Database db, RetentionPolicy policy, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
    }

    /** What one step does to the rows of one day. */
    @FunctionalInterface
    private interface DayWork {
        int run(Sql sql, long dayStart, long dayEnd) throws SQLException;
    }

    /** One run; answers whether some step still has days to do (the next run continues). */
    public boolean runOnce() {
        LocalDate today = LocalDate.now(clock.withZone(policy.zone()));
        long now = clock.millis();
        int changed = 0;
        boolean more = false;
        // free-text notes and referral slips do not outlive their day
        Step notes = step("notes", "SELECT MIN(issued_at) FROM tickets", today, RetentionJob::clearNotes);
        Step personal = step("personal", OLDEST, today.minusDays(policy.personalDays()), RetentionJob::clearPersonal);
        Step incidents = step(
                "incidentText",
                "SELECT MIN(occurred_at) FROM incidents",
                today.minusDays(policy.incidentTextDays()),
                (sql, from, to) -> sql.update(
                        "UPDATE incidents SET description = NULL, resolution = NULL"
                                + " WHERE occurred_at >= ? AND occurred_at < ?"
                                + " AND (description IS NOT NULL OR resolution IS NOT NULL)",
                        from,
                        to));
        Step raw = step("raw", OLDEST, today.minusMonths(policy.rawMonths()), RetentionJob::summariseAndRemove);
        for (Step s : new Step[] {notes, personal, incidents, raw}) {
            Result r = s.advance();
            changed += r.changed();
            more |= r.more();
        }
        // short-lived rows: indexed deletes of what has expired since
        long keepEvents = now - Duration.ofDays(policy.eventDays()).toMillis();
        long twoDays = now - Duration.ofDays(2).toMillis();
        changed += db.tx(sql -> sql.update("DELETE FROM events WHERE created_at < ?", keepEvents)
                + sql.update("DELETE FROM idempotency WHERE created_at < ?", twoDays)
                + sql.update("DELETE FROM idempotency_fingerprints WHERE created_at < ?", twoDays)
                + sql.update("DELETE FROM sessions WHERE expires_at < ?", now));
        if (changed > 0) {
            log.info("maintenance: {} rows cleared or removed{}", changed, more ? "; continues next run" : "");
        }
        return more;
    }

    /** Runs until every step has caught up (tests, and the operator's one-off command). */
    public void runUntilCaughtUp() {
        while (runOnce()) {
            // each run does at most DAYS_PER_RUN days per step
        }
    }

    private record Result(int changed, boolean more) {}

    private Step step(String name, String firstQuery, LocalDate cutoffDay, DayWork work) {
        return new Step(name, firstQuery, startOf(cutoffDay), work);
    }

    private long startOf(LocalDate day) {
        return day.atStartOfDay(policy.zone()).toInstant().toEpochMilli();
    }

    private final class Step {
        final String name;
        final String firstQuery;
        final long cutoff;
        final DayWork work;

        Step(String name, String firstQuery, long cutoff, DayWork work) {
            this.name = name;
            this.firstQuery = firstQuery;
            this.cutoff = cutoff;
            this.work = work;
        }

        Result advance() {
            long from = db.read(sql -> sql.one(
                            "SELECT done_until FROM retention_progress WHERE step = ?", rs -> rs.getLong(1), name)
                    .orElseGet(() -> firstDay(sql)));
            int changed = 0;
            for (int d = 0; d < DAYS_PER_RUN && from < cutoff; d++) {
                long dayStart = from;
                ZonedDateTime z = java.time.Instant.ofEpochMilli(dayStart).atZone(policy.zone());
                long dayEnd = Math.min(
                        cutoff,
                        z.toLocalDate()
                                .plusDays(1)
                                .atStartOfDay(policy.zone())
                                .toInstant()
                                .toEpochMilli());
                changed += db.tx(sql -> {
                    int n = work.run(sql, dayStart, dayEnd);
                    if (sql.update("UPDATE retention_progress SET done_until = ? WHERE step = ?", dayEnd, name) == 0) {
                        sql.update("INSERT INTO retention_progress (step, done_until) VALUES (?,?)", name, dayEnd);
                    }
                    return n;
                });
                from = dayEnd;
            }
            return new Result(changed, from < cutoff);
        }

        /** Where a step starts the first time: the day of the oldest row (an indexed MIN), or its cut-off. */
        private long firstDay(Sql sql) {
            try {
                long min = sql.longValue("SELECT COALESCE((" + firstQuery + "), -1)");
                if (min < 0 || min >= cutoff) {
                    return cutoff;
                }
                return startOf(java.time.Instant.ofEpochMilli(min)
                        .atZone(policy.zone())
                        .toLocalDate());
            } catch (SQLException e) {
                throw new fi.luukku.service.db.DataAccessException(e);
            }
        }
    }

    private static int clearNotes(Sql sql, long from, long to) throws SQLException {
        return sql.update(
                        "UPDATE tickets SET notes = NULL WHERE issued_at >= ? AND issued_at < ? AND notes IS NOT NULL",
                        from,
                        to)
                + sql.update(
                        "UPDATE tickets SET triage = NULL WHERE issued_at >= ? AND issued_at < ? AND triage LIKE ?",
                        from,
                        to,
                        "%\"notes\":\"%")
                + sql.update(
                        "UPDATE referrals SET slip_text = '' WHERE created_at >= ? AND created_at < ? AND slip_text <> ''",
                        from,
                        to)
                + sql.update(
                        "DELETE FROM idempotency WHERE created_at >= ? AND created_at < ? AND (body LIKE ? OR body LIKE ?)",
                        from,
                        to,
                        "%\"notes\":\"%",
                        "%\"triage\":{%")
                + sql.update(
                        "DELETE FROM events WHERE created_at >= ? AND created_at < ? AND (data LIKE ? OR data LIKE ?)",
                        from,
                        to,
                        "%\"notes\":\"%",
                        "%\"triage\":{%");
    }

    private static int clearPersonal(Sql sql, long from, long to) throws SQLException {
        return sql.update(
                        "UPDATE tickets SET special_needs = '', interpreter_language = NULL, triage = NULL,"
                                + " notes = NULL, served_by = NULL, plan = ''"
                                + " WHERE issued_at >= ? AND issued_at < ?"
                                + " AND (special_needs <> '' OR interpreter_language IS NOT NULL OR triage IS NOT NULL"
                                + " OR served_by IS NOT NULL OR plan <> '')",
                        from,
                        to)
                + sql.update(
                        "UPDATE appointments SET special_needs = '' WHERE starts_at >= ? AND starts_at < ?"
                                + " AND special_needs <> ''",
                        from,
                        to)
                + sql.update(
                        "UPDATE feedback SET comment = NULL WHERE received_at >= ? AND received_at < ?"
                                + " AND comment IS NOT NULL",
                        from,
                        to)
                + sql.update(
                        "UPDATE help_requests SET location = NULL, acknowledged_by = NULL"
                                + " WHERE requested_at >= ? AND requested_at < ?"
                                + " AND (location IS NOT NULL OR acknowledged_by IS NOT NULL)",
                        from,
                        to);
    }

    private static int summariseAndRemove(Sql sql, long from, long to) throws SQLException {
        DailySummaries.summarise(sql, from, to);
        String ofDay = "SELECT id FROM tickets WHERE issued_at >= ? AND issued_at < ?";
        return sql.update("DELETE FROM service_events WHERE ticket_id IN (" + ofDay + ")", from, to)
                + sql.update("DELETE FROM referrals WHERE ticket_id IN (" + ofDay + ")", from, to)
                + sql.update("DELETE FROM tickets WHERE issued_at >= ? AND issued_at < ?", from, to)
                + sql.update("DELETE FROM feedback WHERE received_at >= ? AND received_at < ?", from, to)
                + sql.update("DELETE FROM help_requests WHERE requested_at >= ? AND requested_at < ?", from, to)
                + sql.update("DELETE FROM incidents WHERE occurred_at >= ? AND occurred_at < ?", from, to)
                + sql.update("DELETE FROM appointments WHERE starts_at >= ? AND starts_at < ?", from, to);
    }
}
