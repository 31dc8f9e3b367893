package fi.luukku.service.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.service.db.Database;
import fi.luukku.service.point.Catalog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The operating model's metrics for a scope and period, merged from the per point-day summaries (ADR 0026): stored
 * ones for closed days, built from the raw rows for the rest.
 */
public final class MetricsService {
    private final Database db;
    private final Catalog catalog;
    private final ObjectMapper mapper;
    private final ZoneId zone;
    private final BookableAvailability bookable;

    public MetricsService(Database db, Catalog catalog, ObjectMapper mapper, ZoneId zone) {
        this(db, catalog, mapper, zone, BookingHorizons.defaults());
    }

    public MetricsService(Database db, Catalog catalog, ObjectMapper mapper, ZoneId zone, BookingHorizons horizons) {
        this.db = db;
        this.catalog = catalog;
        this.mapper = mapper;
        this.zone = zone;
        this.bookable = new BookableAvailability(db, catalog, horizons);
    }

    public MetricsReportDto report(ReportScope scope, LocalDate from, LocalDate to, String lang) {
        boolean national = "NATIONAL".equals(scope.kind());
        List<String> pointIds = national ? null : scope.pointIds();
        List<DaySummary> days = new ArrayList<>();
        List<Rows.Hours> hours = new ArrayList<>();
        db.read(sql -> {
            if (scope.authorityId() == null) {
                days.addAll(DaySummaries.forReport(sql, mapper, zone, pointIds, from, to, false));
            } else {
                // one authority: the stored summaries are per point, so its rows are picked from the raw data
                RawData d = RawData.read(sql, mapper, scope.pointIds(), from, to, zone);
                AuthorityScope.narrow(d, scope, catalog);
                days.addAll(DaySummaries.build(d, zone));
            }
            hours.addAll(AuthorityScope.hours(RawData.hours(sql, Set.copyOf(scope.pointIds())), scope));
            return null;
        });
        Map<String, ReportScope.PointInfo> points = new LinkedHashMap<>();
        scope.points().forEach(p -> points.put(p.id(), p));

        Map<String, Figures> byPoint = new LinkedHashMap<>();
        Map<String, Figures> byAuthority = new TreeMap<>();
        Map<LocalDate, Figures> byDay = new TreeMap<>();
        scope.points().forEach(p -> byPoint.put(p.id(), new Figures()));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            byDay.put(day, new Figures());
        }
        long[][] cells = new long[8 * 24][3];
        Map<String, Integer> levels = new TreeMap<>();
        for (int i = 1; i <= 4; i++) {
            levels.put(Integer.toString(i), 0);
        }
        Map<String, Integer> lifeEvents = new TreeMap<>();
        Set<String> regionsSeen = new java.util.HashSet<>(); // a region is listed once it has a ticket or an answer
        for (DaySummary s : days) {
            ReportScope.PointInfo p = points.get(s.pointId);
            if (p == null) {
                continue; // events, incidents and referrals of the period still count below
            }
            if (!s.queues.isEmpty() || !s.feedback.isEmpty()) {
                regionsSeen.add(p.region());
            }
            int target = p.waitTargetMinutes() * 60;
            Figures point = byPoint.get(p.id());
            Figures day = byDay.get(LocalDate.parse(s.day));
            s.queues.forEach((queue, q) -> {
                long within = q.sortedWaits().countAtMost(target);
                point.add(q, within);
                day.add(q, within);
                String authority =
                        catalog.queue(queue).map(Catalog.Queue::authorityId).orElse(null);
                if (authority != null) {
                    byAuthority.computeIfAbsent(authority, k -> new Figures()).add(q, within);
                }
            });
            s.feedback.forEach((authority, f) -> {
                point.add(f);
                day.add(f);
                if (!authority.isEmpty()) {
                    byAuthority.computeIfAbsent(authority, k -> new Figures()).add(f);
                }
            });
            s.cells.forEach((k, c) -> {
                cells[k][0] += c[0];
                cells[k][1] += c[1];
                cells[k][2] += c[2];
            });
            for (int i = 1; i <= 4; i++) {
                levels.merge(Integer.toString(i), s.levels[i], Integer::sum);
            }
            s.lifeEvents.forEach((e, n) -> lifeEvents.merge(e, n, Integer::sum));
        }
        Figures total = new Figures();
        Map<String, Figures> byRegion = new TreeMap<>();
        byPoint.forEach((id, f) -> {
            total.add(f);
            String region = points.get(id).region();
            if (regionsSeen.contains(region)) {
                byRegion.computeIfAbsent(region, k -> new Figures()).add(f);
            }
        });
        List<MetricsReportDto.HourWeekdayCell> cellRows = new ArrayList<>();
        for (int wd = 1; wd <= 7; wd++) {
            for (int h = 0; h < 24; h++) {
                long[] c = cells[wd * 24 + h];
                if (c[0] > 0) {
                    cellRows.add(new MetricsReportDto.HourWeekdayCell(wd, h, (int) c[0], Stats.meanWhole(c[2], c[1])));
                }
            }
        }
        List<MetricsReportDto.Breakdown> pointRows = new ArrayList<>();
        byPoint.forEach((id, f) -> {
            ReportScope.PointInfo p = points.get(id);
            pointRows.add(new MetricsReportDto.Breakdown(id, p.name(), p.region(), f.build()));
        });
        List<MetricsReportDto.Breakdown> regionRows = new ArrayList<>();
        if (!"POINT".equals(scope.kind())) {
            byRegion.forEach((r, f) -> regionRows.add(new MetricsReportDto.Breakdown(r, r, r, f.build())));
        }
        List<MetricsReportDto.Breakdown> authorityRows = new ArrayList<>();
        byAuthority.forEach((a, f) -> authorityRows.add(new MetricsReportDto.Breakdown(
                a, catalog.authority(a).map(x -> x.name().in(lang)).orElse(a), null, f.build())));
        List<MetricsReportDto.DayFigures> dayRows = new ArrayList<>();
        byDay.forEach((day, f) -> dayRows.add(new MetricsReportDto.DayFigures(day, f.visits(), f.satisfaction())));
        MetricsReportDto.Figures totals = total.build();
        return new MetricsReportDto(
                scope.scope(),
                scope.name(),
                from,
                to,
                lang,
                totals,
                pointRows,
                regionRows,
                authorityRows,
                dayRows,
                cellRows,
                AuthorityScope.availability(
                        bookable.addTo(
                                Availability.of(hours, scope.points(), catalog, from, to, lang), scope, from, to, lang),
                        scope),
                safety(days, totals),
                support(days, levels, lifeEvents),
                serviceEvents(days, lang));
    }

    private static MetricsReportDto.Safety safety(List<DaySummary> days, MetricsReportDto.Figures total) {
        Map<String, long[]> kinds = new TreeMap<>();
        long all = 0;
        long resolved = 0;
        for (DaySummary s : days) {
            for (var e : s.incidents.entrySet()) {
                long[] k = kinds.computeIfAbsent(e.getKey(), x -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    k[i] += e.getValue()[i];
                }
                all += e.getValue()[0];
                resolved += e.getValue()[1];
            }
        }
        List<MetricsReportDto.IncidentKind> rows = new ArrayList<>();
        kinds.forEach((c, k) ->
                rows.add(new MetricsReportDto.IncidentKind(c, (int) k[0], (int) k[1], Stats.mean2(k[2], k[0]))));
        return new MetricsReportDto.Safety((int) all, (int) resolved, rows, total.perceivedSafety());
    }

    private static MetricsReportDto.Support support(
            List<DaySummary> days, Map<String, Integer> levels, Map<String, Integer> lifeEvents) {
        Map<String, Integer> referralCounts = new TreeMap<>();
        Map<String, Integer> chains = new TreeMap<>();
        // tickets whose events span days: their parts joined in day order (the summaries come sorted by day)
        Map<String, List<String>> split = new HashMap<>();
        for (DaySummary s : days) {
            s.referrals.forEach((k, n) -> referralCounts.merge(k, n, Integer::sum));
            s.chains.forEach((c, n) -> chains.merge(c, n, Integer::sum));
            s.chainParts.forEach((ticket, part) -> {
                List<String> chain = split.computeIfAbsent(ticket, k -> new ArrayList<>());
                for (String a : part) {
                    if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(a)) {
                        chain.add(a);
                    }
                }
            });
        }
        split.values().stream()
                .filter(c -> c.size() > 1)
                .forEach(c -> chains.merge(String.join(" > ", c), 1, Integer::sum));
        List<MetricsReportDto.ReferralRow> referrals = new ArrayList<>();
        referralCounts.forEach((k, n) -> {
            String[] parts = k.split("\u0000", -1);
            referrals.add(new MetricsReportDto.ReferralRow(parts[0], parts[1].isEmpty() ? null : parts[1], n));
        });
        return new MetricsReportDto.Support(levels, lifeEvents, referrals, chains);
    }

    private List<MetricsReportDto.ServiceEventRow> serviceEvents(List<DaySummary> days, String lang) {
        Map<String, int[]> counts = new TreeMap<>();
        for (DaySummary s : days) {
            s.events.forEach((k, n) -> counts.computeIfAbsent(k, x -> new int[1])[0] += n);
        }
        List<MetricsReportDto.ServiceEventRow> rows = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] parts = k.split("\u0000", -1);
            ServiceEventTypeDto type = catalog.eventType(parts[1]).orElse(null);
            int minutes = type == null ? 0 : type.nominalMinutes();
            rows.add(new MetricsReportDto.ServiceEventRow(
                    parts[0],
                    parts[1],
                    type == null ? parts[1] : type.name().in(lang),
                    n[0],
                    minutes,
                    (long) minutes * n[0]));
        });
        return rows;
    }
}
