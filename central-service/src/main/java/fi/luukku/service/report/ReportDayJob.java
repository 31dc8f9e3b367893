package fi.luukku.service.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarises closed days for the reports (ADR 0026): each day after the last closed one up to yesterday, every
 * point in one transaction, at most {@value #DAYS_PER_RUN} days a run (so a first run on a long history catches up
 * over several runs); then every closed point-day marked changed since ({@code report_changes}) again. Idempotent:
 * a day is replaced as a whole. Runs in the maintenance tick, before retention clears or removes raw rows.
 */
public final class ReportDayJob {
    private static final Logger log = LoggerFactory.getLogger(ReportDayJob.class);
    static final int DAYS_PER_RUN = 31;
    private static final String OLDEST = "SELECT MIN(x) FROM (SELECT MIN(issued_at) AS x FROM tickets"
            + " UNION ALL SELECT MIN(answered_at) FROM feedback UNION ALL SELECT MIN(recorded_at) FROM service_events"
            + " UNION ALL SELECT MIN(occurred_at) FROM incidents UNION ALL SELECT MIN(created_at) FROM referrals) m";

    private final Database db;
    private final ObjectMapper mapper;
    private final ZoneId zone;
    private final Clock clock;

    public ReportDayJob(Database db, ObjectMapper mapper, ZoneId zone, Clock clock) {
        this.db = db;
        this.mapper = mapper;
        this.zone = zone;
        this.clock = clock;
    }

    /** One run; answers whether closed days remain to be summarised (the next run continues). */
    public boolean runOnce() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate next = db.read(this::firstOpenDay);
        int done = 0;
        for (; next != null && next.isBefore(today) && done < DAYS_PER_RUN; next = next.plusDays(1), done++) {
            closeDay(next);
        }
        int again = resummariseChanged();
        if (done + again > 0) {
            log.info("report summaries: {} days closed, {} point-days summarised again", done, again);
        }
        return next != null && next.isBefore(today);
    }

    /** Runs until every closed day is summarised (tests, benchmarks, the operator). */
    public void runUntilCaughtUp() {
        while (runOnce()) {
            // at most DAYS_PER_RUN days a run
        }
    }

    private LocalDate firstOpenDay(Sql sql) throws SQLException {
        var last = sql.one("SELECT MAX(summary_day) FROM report_closed_days", rs -> rs.getString(1));
        if (last.isPresent() && last.get() != null) {
            return LocalDate.parse(last.get()).plusDays(1);
        }
        long oldest = sql.longValue("SELECT COALESCE((" + OLDEST + "), -1)");
        return oldest < 0 ? null : LocalDate.parse(DaySummaries.day(oldest, zone));
    }

    private void closeDay(LocalDate day) {
        long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        db.tx(sql -> {
            // marks first: a write after this re-marks the day, and the raw read below sees what was marked before
            sql.update("DELETE FROM report_changes WHERE summary_day = ?", day.toString());
            sql.update("DELETE FROM report_changes WHERE at_ms >= ? AND at_ms < ?", start, end);
            sql.update("DELETE FROM report_point_days WHERE summary_day = ?", day.toString());
            long now = clock.millis();
            for (DaySummary s : DaySummaries.build(RawData.read(sql, mapper, null, day, day, zone), zone)) {
                DaySummaries.store(sql, s, now);
            }
            sql.update("DELETE FROM report_closed_days WHERE summary_day = ?", day.toString());
            sql.update("INSERT INTO report_closed_days (summary_day, summarised_at) VALUES (?,?)", day.toString(), now);
            return null;
        });
    }

    private int resummariseChanged() {
        record Mark(String point, String day) {}
        List<Mark> marks = db.read(sql -> {
            Set<String> closed =
                    new HashSet<>(sql.list("SELECT summary_day FROM report_closed_days", rs -> rs.getString(1)));
            Set<Mark> out = new HashSet<>();
            sql.list("SELECT point_id, summary_day, at_ms FROM report_changes", rs -> {
                String d = rs.getString(2) != null ? rs.getString(2) : DaySummaries.day(rs.getLong(3), zone);
                if (closed.contains(d)) {
                    out.add(new Mark(rs.getString(1), d));
                }
                return null;
            });
            return new ArrayList<>(out);
        });
        for (Mark m : marks) {
            LocalDate day = LocalDate.parse(m.day());
            long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
            long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            db.tx(sql -> {
                sql.update("DELETE FROM report_changes WHERE point_id = ? AND summary_day = ?", m.point(), m.day());
                sql.update(
                        "DELETE FROM report_changes WHERE point_id = ? AND at_ms >= ? AND at_ms < ?",
                        m.point(),
                        start,
                        end);
                sql.update("DELETE FROM report_point_days WHERE point_id = ? AND summary_day = ?", m.point(), m.day());
                long now = clock.millis();
                for (DaySummary s :
                        DaySummaries.build(RawData.read(sql, mapper, List.of(m.point()), day, day, zone), zone)) {
                    if (s.day.equals(m.day())) {
                        DaySummaries.store(sql, s, now);
                    }
                }
                return null;
            });
        }
        return marks.size();
    }
}
