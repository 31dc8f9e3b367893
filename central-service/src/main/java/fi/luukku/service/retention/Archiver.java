package fi.luukku.service.retention;

import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the raw rows of whole months out of the live tables into archive files ({@link ArchiveFiles}) and back.
 * A month of a table is due when it ended {@code retention.archiveAfterMonths.<table>} months ago and every day of
 * it is summarised (the summary step's progress): archiving never runs ahead of summarising. Each month goes
 * through {@code archive_months}: the files are written and forced to disk, then the month is recorded as
 * {@code WRITTEN}, then the rows named in the files are deleted in batches, then it is {@code ARCHIVED}. A process
 * that dies before the record rewrites the files from the untouched rows; one that dies after it finishes the
 * deletes from the files. Nothing is deleted that is not in a complete file, and a recorded month is never
 * written again (ADR 0029).
 */
public final class Archiver {
    private static final Logger log = LoggerFactory.getLogger(Archiver.class);
    /** Rows read per query, and deleted or restored per transaction. */
    static final int PAGE = 500;
    /** Months per table a run archives at most (the next run continues). */
    static final int MONTHS_PER_RUN = 2;

    static final String WRITTEN = "WRITTEN";
    static final String ARCHIVED = "ARCHIVED";
    static final String RESTORED = "RESTORED";

    /** A test's way to stop the work between writing the files and deleting the rows. */
    @FunctionalInterface
    interface Faults {
        void beforeDelete(ArchiveTable table, YearMonth month);
    }

    private final Database db;
    private final ArchiveFiles files;
    private final ZoneId zone;
    private final Faults faults;

    public Archiver(Database db, Path root, ZoneId zone) {
        this(db, root, zone, (t, m) -> {});
    }

    Archiver(Database db, Path root, ZoneId zone, Faults faults) {
        this.db = db;
        this.files = new ArchiveFiles(root);
        this.zone = zone;
        this.faults = faults;
    }

    /** What a run did: rows moved out of the live tables, and whether more months are due. */
    record Result(int rows, boolean more) {}

    /** A month of a table in {@code archive_months}. */
    public record Entry(String table, String month, String state, long rows, long changedAt) {}

    /** Finishes interrupted months, then archives up to {@value #MONTHS_PER_RUN} due months per table. */
    Result run(Map<ArchiveTable, Integer> afterMonths, LocalDate today) {
        int rows = 0;
        for (Entry e : entries(WRITTEN)) {
            ArchiveTable t = ArchiveTable.of(e.table());
            rows += deleteArchived(t, YearMonth.parse(e.month()));
        }
        long summarised = db.read(Archiver::summarisedUntil);
        if (summarised == Long.MIN_VALUE) {
            return new Result(rows, false); // nothing summarised yet, so nothing may go
        }
        boolean more = false;
        for (ArchiveTable t : ArchiveTable.values()) {
            long due = Math.min(startOf(today.minusMonths(afterMonths.get(t))), summarised);
            long limit = startOf(YearMonth.from(Instant.ofEpochMilli(due).atZone(zone)));
            long pos = Long.MIN_VALUE;
            int done = 0;
            while (true) {
                Long oldest = oldestFrom(t, pos, limit);
                if (oldest == null) {
                    break;
                }
                if (done == MONTHS_PER_RUN) {
                    more = true;
                    break;
                }
                YearMonth m = YearMonth.from(Instant.ofEpochMilli(oldest).atZone(zone));
                if (state(t, m) == null) { // a recorded month's later rows stay live: it is never written twice
                    rows += archive(t, m);
                    done++;
                }
                pos = startOf(m.plusMonths(1));
            }
        }
        return new Result(rows, more);
    }

    /**
     * How far the daily summaries reach (epoch ms): the summary step's progress in {@code retention_progress}.
     * Archiving asks only this, so it follows the summaries wherever they are made.
     */
    static long summarisedUntil(Sql sql) throws SQLException {
        long retention = sql.one(
                        "SELECT done_until FROM retention_progress WHERE step = ?",
                        rs -> rs.getLong(1),
                        RetentionJob.SUMMARY_STEP)
                .orElse(Long.MIN_VALUE);
        // and the reports' day summaries (ADR 0026): reports of an archived day read only those
        String lastReportDay = sql.one("SELECT MAX(summary_day) FROM report_closed_days", rs -> rs.getString(1))
                .orElse(null);
        if (lastReportDay == null) {
            return Long.MIN_VALUE;
        }
        long reports = java.time.LocalDate.parse(lastReportDay)
                .plusDays(1)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .minusDays(1) // a day's bounds in any zone: one day of margin
                .toInstant()
                .toEpochMilli();
        return Math.min(retention, reports);
    }

    private Long oldestFrom(ArchiveTable t, long from, long limit) {
        String c = t.timeColumn;
        return db.read(sql -> sql.one(
                        "SELECT MIN(" + c + ") FROM " + t.table + " WHERE " + c + " >= ? AND " + c + " < ?",
                        rs -> {
                            long v = rs.getLong(1);
                            return rs.wasNull() ? null : v;
                        },
                        from,
                        limit)
                .orElse(null));
    }

    /** Writes the month's files, records them, deletes the rows; answers the rows deleted. */
    private int archive(ArchiveTable t, YearMonth m) {
        long written;
        try {
            written = write(t, m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive of " + t.table + " " + m, e);
        }
        mark(t, m, WRITTEN, written);
        log.info("archive: {} {} written ({} rows with their service events and referrals)", t.table, m, written);
        return deleteArchived(t, m);
    }

    private long write(ArchiveTable t, YearMonth m) throws IOException {
        long from = startOf(m);
        long to = startOf(m.plusMonths(1));
        String c = t.timeColumn;
        Map<String, ArchiveFiles.Writer> out = new LinkedHashMap<>();
        try {
            out.put(t.table, files.writer(t.table, m));
            for (String child : t.children) {
                out.put(child, files.writer(child, m));
            }
            long lastTime = from;
            String lastId = "";
            while (true) {
                long afterTime = lastTime;
                String afterId = lastId;
                List<Map<String, Object>> page = db.read(sql -> sql.list(
                        "SELECT * FROM " + t.table + " WHERE " + c + " >= ? AND " + c + " < ? AND (" + c
                                + " > ? OR id > ?) ORDER BY " + c + ", id LIMIT " + PAGE,
                        ArchiveFiles::row,
                        afterTime,
                        to,
                        afterTime,
                        afterId));
                if (page.isEmpty()) {
                    break;
                }
                List<Object> ids = new ArrayList<>();
                for (Map<String, Object> row : page) {
                    out.get(t.table).write(row);
                    ids.add(row.get("id"));
                }
                for (String child : t.children) {
                    for (Map<String, Object> row : db.read(sql -> sql.list(
                            "SELECT * FROM " + child + " WHERE ticket_id IN (" + marks(ids.size()) + ") ORDER BY id",
                            ArchiveFiles::row,
                            ids.toArray()))) {
                        out.get(child).write(row);
                    }
                }
                Map<String, Object> last = page.get(page.size() - 1);
                lastTime = ((Number) last.get(c)).longValue();
                lastId = (String) last.get("id");
            }
            // rows of an older copy of the file that are no longer live are kept (a month whose record an
            // operator removed after it was archived): rewriting a file never drops a row
            for (Map.Entry<String, ArchiveFiles.Writer> e : out.entrySet()) {
                if (files.exists(e.getKey(), m)) {
                    ArchiveFiles.Writer w = e.getValue();
                    files.read(e.getKey(), m, PAGE, rows -> {
                        for (Map<String, Object> row : rows) {
                            if (!w.has((String) row.get("id"))) {
                                w.write(row);
                            }
                        }
                    });
                }
            }
            long rows = 0;
            for (ArchiveFiles.Writer w : out.values()) {
                w.commit();
                rows += w.rows();
            }
            return rows;
        } finally {
            for (ArchiveFiles.Writer w : out.values()) {
                w.close();
            }
        }
    }

    /** Deletes the rows named in a recorded month's files (children first), then marks it archived. */
    private int deleteArchived(ArchiveTable t, YearMonth m) {
        faults.beforeDelete(t, m);
        int[] deleted = {0};
        try {
            for (String child : t.children) {
                files.read(child, m, PAGE, rows -> deleted[0] += db.tx(sql -> deleteIds(sql, child, rows, "")));
            }
            // a ticket that gained a service event or referral after its month was written stays live (not lost)
            String keep = t.children.stream()
                    .map(child ->
                            " AND NOT EXISTS (SELECT 1 FROM " + child + " x WHERE x.ticket_id = " + t.table + ".id)")
                    .reduce("", String::concat);
            files.read(t.table, m, PAGE, rows -> deleted[0] += db.tx(sql -> deleteIds(sql, t.table, rows, keep)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive of " + t.table + " " + m, e);
        }
        mark(t, m, ARCHIVED, -1);
        log.info("archive: {} {} archived, {} live rows removed", t.table, m, deleted[0]);
        return deleted[0];
    }

    private static int deleteIds(Sql sql, String table, List<Map<String, Object>> rows, String condition)
            throws SQLException {
        Object[] ids = rows.stream().map(r -> r.get("id")).toArray();
        return sql.update("DELETE FROM " + table + " WHERE id IN (" + marks(ids.length) + ")" + condition, ids);
    }

    /**
     * Puts the archived rows of a month of a table (and its service events and referrals) back into the live
     * tables; rows that are there already are left as they are. The month is then {@code RESTORED}: the job leaves
     * it in the live tables. Answers the rows inserted.
     */
    public long restore(ArchiveTable t, YearMonth m) {
        if (!files.exists(t.table, m)) {
            throw new IllegalArgumentException(
                    "no archive of " + t.table + " for " + m + " (" + files.path(t.table, m) + ")");
        }
        long restored = insertMissing(t.table, m);
        for (String child : t.children) {
            if (files.exists(child, m)) {
                restored += insertMissing(child, m);
            }
        }
        mark(t, m, RESTORED, -1);
        log.info("archive: {} {} restored, {} rows put back", t.table, m, restored);
        return restored;
    }

    private long insertMissing(String table, YearMonth m) {
        Map<String, Integer> types = db.read(sql -> columnTypes(sql, table));
        long[] inserted = {0};
        try {
            files.read(table, m, PAGE, rows -> inserted[0] += db.tx(sql -> insertRows(sql, table, types, rows)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive of " + table + " " + m, e);
        }
        return inserted[0];
    }

    /** The table's columns and their JDBC types. */
    private static Map<String, Integer> columnTypes(Sql sql, String table) throws SQLException {
        try (PreparedStatement ps = sql.connection().prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Integer> types = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                types.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
            }
            return types;
        }
    }

    private static int insertRows(Sql sql, String table, Map<String, Integer> types, List<Map<String, Object>> rows)
            throws SQLException {
        Object[] ids = rows.stream().map(r -> r.get("id")).toArray();
        Set<String> present = new HashSet<>(sql.list(
                "SELECT id FROM " + table + " WHERE id IN (" + marks(ids.length) + ")", rs -> rs.getString(1), ids));
        int n = 0;
        for (Map<String, Object> row : rows) {
            if (present.contains((String) row.get("id"))) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (Map.Entry<String, Object> col : row.entrySet()) {
                Integer type = types.get(col.getKey());
                if (type == null) {
                    throw new SQLException(
                            "the archive of " + table + " has a column the table lacks: " + col.getKey());
                }
                values.add(value(col.getValue(), type));
            }
            n += sql.update(
                    "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                            + marks(values.size()) + ")",
                    values.toArray());
        }
        return n;
    }

    private static Object value(Object v, int type) {
        if (v == null) {
            return new Sql.Null(type);
        }
        return switch (type) {
            case Types.BIGINT -> ((Number) v).longValue();
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ((Number) v).intValue();
            case Types.BOOLEAN, Types.BIT -> v;
            default -> v.toString();
        };
    }

    /** The months in {@code archive_months}, oldest first; with a state, only those in it. */
    public List<Entry> entries(String... state) {
        String where = state.length == 0 ? "" : " WHERE state = ?";
        return db.read(sql -> sql.list(
                "SELECT table_name, archive_month, state, row_count, changed_at FROM archive_months" + where
                        + " ORDER BY archive_month, table_name",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)),
                (Object[]) state));
    }

    private String state(ArchiveTable t, YearMonth m) {
        return db.read(sql -> sql.one(
                        "SELECT state FROM archive_months WHERE table_name = ? AND archive_month = ?",
                        rs -> rs.getString(1),
                        t.table,
                        m.toString())
                .orElse(null));
    }

    /** Records a month's state; {@code rows} below zero keeps the count recorded before. */
    private void mark(ArchiveTable t, YearMonth m, String state, long rows) {
        long now = System.currentTimeMillis();
        String month = m.toString();
        db.tx(sql -> {
            int updated = rows < 0
                    ? sql.update(
                            "UPDATE archive_months SET state = ?, changed_at = ? WHERE table_name = ? AND archive_month = ?",
                            state,
                            now,
                            t.table,
                            month)
                    : sql.update(
                            "UPDATE archive_months SET state = ?, changed_at = ?, row_count = ?"
                                    + " WHERE table_name = ? AND archive_month = ?",
                            state,
                            now,
                            rows,
                            t.table,
                            month);
            if (updated == 0) {
                sql.update(
                        "INSERT INTO archive_months (table_name, archive_month, state, row_count, changed_at)"
                                + " VALUES (?,?,?,?,?)",
                        t.table,
                        month,
                        state,
                        Math.max(rows, 0),
                        now);
            }
            return null;
        });
    }

    private long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private long startOf(YearMonth m) {
        return startOf(m.atDay(1));
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
