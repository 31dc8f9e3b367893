package fi.luukku.service.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per point-day summaries (ADR 0026): built from raw rows, stored in {@code report_point_days}, and gathered for
 * a report — stored ones for closed days, built from the raw rows for the days without one (today, a day not yet
 * summarised, a point-day whose raw rows changed since).
 */
final class DaySummaries {
    private DaySummaries() {}

    /** Summarises raw rows into one summary per point and day (tickets by their day, the rest by their time). */
    static Collection<DaySummary> build(RawData d, ZoneId zone) {
        Map<String, DaySummary> out = new LinkedHashMap<>();
        for (Rows.Ticket t : d.tickets) {
            ZonedDateTime at = Instant.ofEpochMilli(t.issuedAt()).atZone(zone);
            of(out, t.pointId(), t.day()).ticket(t, at.getDayOfWeek().getValue(), at.getHour());
        }
        for (Rows.Feedback f : d.feedback) {
            of(out, f.pointId(), day(f.answeredAt(), zone)).feedback(f);
        }
        // per ticket its events in the order recorded (ties by authority, so the order never depends on the database)
        Map<String, List<Rows.Event>> perTicket = new LinkedHashMap<>();
        d.events.stream()
                .sorted(Comparator.comparingLong(Rows.Event::recordedAt).thenComparing(Rows.Event::authorityId))
                .forEach(e -> {
                    of(out, e.pointId(), day(e.recordedAt(), zone)).event(e);
                    perTicket
                            .computeIfAbsent(e.ticketId(), k -> new ArrayList<>())
                            .add(e);
                });
        perTicket.forEach((ticket, events) -> {
            Map<String, List<String>> byDay = new LinkedHashMap<>();
            Map<String, String> pointOfDay = new HashMap<>();
            for (Rows.Event e : events) {
                String day = day(e.recordedAt(), zone);
                pointOfDay.put(day, e.pointId());
                List<String> chain = byDay.computeIfAbsent(day, k -> new ArrayList<>());
                if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(e.authorityId())) {
                    chain.add(e.authorityId());
                }
            }
            boolean split = byDay.size() > 1 || d.eventsOutside.contains(ticket);
            byDay.forEach((day, chain) -> of(out, pointOfDay.get(day), day).chain(ticket, chain, split));
        });
        for (Rows.Incident i : d.incidents) {
            of(out, i.pointId(), day(i.occurredAt(), zone)).incident(i);
        }
        for (Rows.Referral r : d.referrals) {
            of(out, r.pointId(), day(r.createdAt(), zone)).referral(r);
        }
        return out.values();
    }

    /** Replaces the stored summary of a point-day. */
    static void store(Sql sql, DaySummary s, long now) throws SQLException {
        sql.update("DELETE FROM report_point_days WHERE point_id = ? AND summary_day = ?", s.pointId, s.day);
        sql.update(
                "INSERT INTO report_point_days (point_id, summary_day, tickets, feedback, events, other, summarised_at)"
                        + " VALUES (?,?,?,?,?,?,?)",
                s.pointId,
                s.day,
                DaySummaryCodec.tickets(s),
                DaySummaryCodec.feedback(s),
                DaySummaryCodec.events(s),
                DaySummaryCodec.other(s),
                now);
    }

    /**
     * The summaries of a period for some points ({@code pointIds} null: every point): stored ones for the closed
     * days, built from raw rows for the rest. With {@code eventsOnly} only the service events are read.
     */
    static List<DaySummary> forReport(
            Sql sql,
            ObjectMapper mapper,
            ZoneId zone,
            List<String> pointIds,
            LocalDate from,
            LocalDate to,
            boolean eventsOnly)
            throws SQLException {
        Set<String> closed = new HashSet<>(sql.list(
                "SELECT summary_day FROM report_closed_days WHERE summary_day >= ? AND summary_day <= ?",
                rs -> rs.getString(1),
                from.toString(),
                to.toString()));
        Set<String> changed = changed(sql, zone, from, to, closed);
        List<DaySummary> out = new ArrayList<>();
        if (!closed.isEmpty()) {
            String cols = eventsOnly ? "NULL, NULL, events, NULL" : "tickets, feedback, events, other";
            String q = "SELECT point_id, summary_day, " + cols + " FROM report_point_days"
                    + " WHERE summary_day >= ? AND summary_day <= ?";
            for (String point : pointIds == null ? java.util.Collections.<String>singletonList(null) : pointIds) {
                Object[] args = point == null
                        ? new Object[] {from.toString(), to.toString()}
                        : new Object[] {from.toString(), to.toString(), point};
                sql.list(
                        q + (point == null ? "" : " AND point_id = ?"),
                        rs -> {
                            String p = rs.getString(1);
                            String day = rs.getString(2);
                            if (closed.contains(day) && !changed.contains(p + "|" + day)) {
                                out.add(DaySummaryCodec.read(
                                        p, day, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                            }
                            return null;
                        },
                        args);
            }
        }
        // raw: each run of days without a summary, then each changed point-day
        LocalDate runStart = null;
        for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
            boolean raw = !day.isAfter(to) && !closed.contains(day.toString());
            if (raw && runStart == null) {
                runStart = day;
            } else if (!raw && runStart != null) {
                out.addAll(build(RawData.read(sql, mapper, pointIds, runStart, day.minusDays(1), zone), zone));
                runStart = null;
            }
        }
        Set<String> wanted = pointIds == null ? null : Set.copyOf(pointIds);
        for (String pd : new TreeSet<>(changed)) {
            String point = pd.substring(0, pd.indexOf('|'));
            LocalDate day = LocalDate.parse(pd.substring(pd.indexOf('|') + 1));
            if (wanted == null || wanted.contains(point)) {
                for (DaySummary s : build(RawData.read(sql, mapper, List.of(point), day, day, zone), zone)) {
                    if (s.day.equals(day.toString())) {
                        out.add(s);
                    }
                }
            }
        }
        out.sort(Comparator.comparing((DaySummary s) -> s.day));
        return out;
    }

    /** The closed point-days of the period ("point|day") marked changed since they were summarised. */
    static Set<String> changed(Sql sql, ZoneId zone, LocalDate from, LocalDate to, Set<String> closed)
            throws SQLException {
        Set<String> out = new HashSet<>();
        sql.list("SELECT point_id, summary_day, at_ms FROM report_changes", rs -> {
            String day = rs.getString(2);
            if (day == null) {
                day = day(rs.getLong(3), zone);
            }
            if (closed.contains(day)) {
                out.add(rs.getString(1) + "|" + day);
            }
            return null;
        });
        return out;
    }

    static String day(long epochMillis, ZoneId zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate().toString();
    }

    private static DaySummary of(Map<String, DaySummary> out, String point, String day) {
        return out.computeIfAbsent(point + "|" + day, k -> new DaySummary(point, day));
    }
}
