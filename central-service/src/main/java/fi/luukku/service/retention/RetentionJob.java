package fi.luukku.service.retention;

import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the {@link RetentionPolicy}. Each step walks forward from where it got last time
 * ({@code retention_progress}) up to its cut-off in windows of whole days, one transaction per window. A window
 * holds at most about {@value #WINDOW_ROWS} rows of each table the step works on (found with an indexed
 * {@code ORDER BY … OFFSET}), however many days that is, and every statement filters an indexed time column by the
 * window's range: a run costs what the new rows hold, never what the whole history holds, and a step that is far
 * behind over quiet days catches up in a few transactions. After the steps, the {@link Archiver} moves whole months
 * that are old enough and summarised out of the live tables (ADR 0029). It is scheduled every
 * {@code maintenance.intervalMinutes}, the first run one interval after start-up (ADR 0022).
 */
public final class RetentionJob {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    /** Rows of one table a window covers at most (unless one day holds more). */
    static final int WINDOW_ROWS = 5000;
    /** Windows per step and run; the next run continues. */
    static final int WINDOWS_PER_RUN = 4;
    /** The step that summarises raw rows into the daily tables; its progress is how far the summaries reach. */
    static final String SUMMARY_STEP = "raw";

    private static final List<String> TICKETS = List.of("tickets", "issued_at");
    private static final List<String> EVENTS = List.of("events", "created_at");
    private static final List<String> FEEDBACK = List.of("feedback", "received_at");
    private static final List<String> HELP = List.of("help_requests", "requested_at");
    private static final List<String> APPOINTMENTS = List.of("appointments", "starts_at");
    private static final List<String> INCIDENTS = List.of("incidents", "occurred_at");

    private final Database db;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final Archiver archiver;

    public RetentionJob(Database db, RetentionPolicy policy, Clock clock) {
        this(db, policy, clock, new Archiver(db, policy.archiveDir(), policy.zone()));
    }

    RetentionJob(Database db, RetentionPolicy policy, Clock clock, Archiver archiver) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
        this.archiver = archiver;
    }

    /** What one step does to the rows of a window of whole days. */
    @FunctionalInterface
    private interface Work {
        int run(Sql sql, long from, long to) throws SQLException;
    }

    /** One run; answers whether some step still has work to do (the next run continues). */
    public boolean runOnce() {
        LocalDate today = LocalDate.now(clock.withZone(policy.zone()));
        long now = clock.millis();
        int changed = 0;
        boolean more = false;
        // free-text notes and referral slips do not outlive their day
        Step notes = new Step("notes", today, RetentionJob::clearNotes, TICKETS, EVENTS);
        Step personal = new Step(
                "personal",
                today.minusDays(policy.personalDays()),
                RetentionJob::clearPersonal,
                TICKETS,
                FEEDBACK,
                HELP,
                APPOINTMENTS);
        Step incidents = new Step(
                "incidentText",
                today.minusDays(policy.incidentTextDays()),
                (sql, from, to) -> sql.update(
                        "UPDATE incidents SET description = NULL, resolution = NULL"
                                + " WHERE occurred_at >= ? AND occurred_at < ?"
                                + " AND (description IS NOT NULL OR resolution IS NOT NULL)",
                        from,
                        to),
                INCIDENTS);
        Step summary = new Step(
                SUMMARY_STEP, today.minusMonths(policy.summariseAfterMonths()), this::summarise, TICKETS, FEEDBACK);
        for (Step s : new Step[] {notes, personal, incidents, summary}) {
            Result r = s.advance();
            changed += r.changed();
            more |= r.more();
        }
        // whole months older than their table's archiveAfterMonths, and summarised, go to archive files
        Archiver.Result archived = archiver.run(policy.archiveAfterMonths(), today);
        changed += archived.rows();
        more |= archived.more();
        // short-lived rows: indexed deletes of what has expired since
        long keepEvents = now - Duration.ofDays(policy.eventDays()).toMillis();
        long twoDays = now - Duration.ofDays(2).toMillis();
        changed += db.tx(sql -> sql.update("DELETE FROM events WHERE created_at < ?", keepEvents)
                + sql.update("DELETE FROM idempotency WHERE created_at < ?", twoDays)
                + sql.update("DELETE FROM idempotency_fingerprints WHERE created_at < ?", twoDays)
                + sql.update("DELETE FROM sessions WHERE expires_at < ?", now));
        if (changed > 0) {
            log.info(
                    "maintenance: {} rows cleared, archived or removed{}", changed, more ? "; continues next run" : "");
        }
        return more;
    }

    /** Runs until every step has caught up (tests, and the operator's one-off command). */
    public void runUntilCaughtUp() {
        while (runOnce()) {
            // each run does at most WINDOWS_PER_RUN windows per step and Archiver.MONTHS_PER_RUN months per table
        }
    }

    /** The archive of this service's data (restoring, listing). */
    public Archiver archiver() {
        return archiver;
    }

    private record Result(int changed, boolean more) {}

    private long startOf(LocalDate day) {
        return day.atStartOfDay(policy.zone()).toInstant().toEpochMilli();
    }

    private long nextDayStart(long millis) {
        return startOf(
                Instant.ofEpochMilli(millis).atZone(policy.zone()).toLocalDate().plusDays(1));
    }

    /** Summarises each day of the window that has tickets or feedback (DailySummaries works a day at a time). */
    private int summarise(Sql sql, long from, long to) throws SQLException {
        long day = from;
        while (day < to) {
            long next = sql.longValue(
                    "SELECT COALESCE(MIN(x), -1) FROM (SELECT MIN(issued_at) AS x FROM tickets"
                            + " WHERE issued_at >= ? AND issued_at < ?"
                            + " UNION ALL SELECT MIN(received_at) FROM feedback"
                            + " WHERE received_at >= ? AND received_at < ?) m",
                    day,
                    to,
                    day,
                    to);
            if (next < 0) {
                break;
            }
            long dayStart =
                    startOf(Instant.ofEpochMilli(next).atZone(policy.zone()).toLocalDate());
            long dayEnd = Math.min(to, nextDayStart(next));
            DailySummaries.summarise(sql, dayStart, dayEnd);
            day = dayEnd;
        }
        return 0;
    }

    private final class Step {
        final String name;
        final long cutoff;
        final Work work;
        /** The tables (name, indexed time column) the step works on: they size its windows. */
        final List<List<String>> tables;

        @SafeVarargs
        Step(String name, LocalDate cutoffDay, Work work, List<String>... tables) {
            this.name = name;
            this.cutoff = startOf(cutoffDay);
            this.work = work;
            this.tables = List.of(tables);
        }

        Result advance() {
            long from = db.read(sql -> sql.one(
                            "SELECT done_until FROM retention_progress WHERE step = ?", rs -> rs.getLong(1), name)
                    .orElseGet(() -> firstDay(sql)));
            int changed = 0;
            for (int w = 0; w < WINDOWS_PER_RUN && from < cutoff; w++) {
                long windowStart = from;
                long windowEnd = db.read(sql -> windowEnd(sql, windowStart));
                changed += db.tx(sql -> {
                    int n = work.run(sql, windowStart, windowEnd);
                    if (sql.update("UPDATE retention_progress SET done_until = ? WHERE step = ?", windowEnd, name)
                            == 0) {
                        sql.update("INSERT INTO retention_progress (step, done_until) VALUES (?,?)", name, windowEnd);
                    }
                    return n;
                });
                from = windowEnd;
            }
            return new Result(changed, from < cutoff);
        }

        /** The end of the window from {@code from}: the day after each table's WINDOW_ROWS-th row, or the cut-off. */
        private long windowEnd(Sql sql, long from) throws SQLException {
            long end = cutoff;
            for (List<String> t : tables) {
                String c = t.get(1);
                Optional<Long> far = sql.one(
                        "SELECT " + c + " FROM " + t.get(0) + " WHERE " + c + " >= ? AND " + c + " < ? ORDER BY " + c
                                + " LIMIT 1 OFFSET " + WINDOW_ROWS,
                        rs -> rs.getLong(1),
                        from,
                        end);
                if (far.isPresent()) {
                    end = Math.min(end, nextDayStart(far.get()));
                }
            }
            return end;
        }

        /** Where a step starts the first time: the day of its oldest row (indexed MINs), or its cut-off. */
        private long firstDay(Sql sql) {
            try {
                long min = Long.MAX_VALUE;
                for (List<String> t : tables) {
                    long m = sql.longValue("SELECT COALESCE(MIN(" + t.get(1) + "), -1) FROM " + t.get(0));
                    if (m >= 0) {
                        min = Math.min(min, m);
                    }
                }
                if (min >= cutoff) {
                    return cutoff;
                }
                return startOf(Instant.ofEpochMilli(min).atZone(policy.zone()).toLocalDate());
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
}
