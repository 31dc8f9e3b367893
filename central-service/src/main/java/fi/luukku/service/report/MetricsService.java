package fi.luukku.service.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.service.db.Database;
import fi.luukku.service.point.Catalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The operating model's metrics for a scope and period, computed from the raw rows. */
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
        RawData d = db.read(sql -> RawData.read(sql, mapper, scope.pointIds(), national, from, to, zone));
        AuthorityScope.narrow(d, scope, catalog);
        Map<String, ReportScope.PointInfo> points = new LinkedHashMap<>();
        scope.points().forEach(p -> points.put(p.id(), p));

        Figures total = new Figures();
        Map<String, Figures> byPoint = new LinkedHashMap<>();
        Map<String, Figures> byRegion = new TreeMap<>();
        Map<String, Figures> byAuthority = new TreeMap<>();
        Map<LocalDate, Figures> byDay = new TreeMap<>();
        scope.points().forEach(p -> byPoint.put(p.id(), new Figures()));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            byDay.put(day, new Figures());
        }
        long[][] cellWait = new long[8][24];
        int[][] cellCalled = new int[8][24];
        int[][] cellTickets = new int[8][24];
        Map<String, Integer> levels = new TreeMap<>();
        for (int i = 1; i <= 4; i++) {
            levels.put(Integer.toString(i), 0);
        }
        Map<String, Integer> lifeEvents = new TreeMap<>();
        for (Rows.Ticket t : d.tickets) {
            ReportScope.PointInfo p = points.get(t.pointId());
            if (p == null) {
                continue;
            }
            int target = p.waitTargetMinutes() * 60;
            total.ticket(t, target);
            byPoint.get(p.id()).ticket(t, target);
            byRegion.computeIfAbsent(p.region(), k -> new Figures()).ticket(t, target);
            String authority =
                    catalog.queue(t.queueId()).map(Catalog.Queue::authorityId).orElse(null);
            if (authority != null) {
                byAuthority.computeIfAbsent(authority, k -> new Figures()).ticket(t, target);
            }
            Figures day = byDay.get(LocalDate.parse(t.day()));
            if (day != null) {
                day.ticket(t, target);
            }
            ZonedDateTime at = Instant.ofEpochMilli(t.issuedAt()).atZone(zone);
            int wd = at.getDayOfWeek().getValue();
            int h = at.getHour();
            cellTickets[wd][h]++;
            if (t.waitSeconds() != null) {
                cellCalled[wd][h]++;
                cellWait[wd][h] += t.waitSeconds();
            }
            if (t.supportLevel() != null && t.supportLevel() >= 1 && t.supportLevel() <= 4) {
                levels.merge(Integer.toString(t.supportLevel()), 1, Integer::sum);
            }
            if (t.lifeEventId() != null) {
                lifeEvents.merge(t.lifeEventId(), 1, Integer::sum);
            }
        }
        for (Rows.Feedback f : d.feedback) {
            ReportScope.PointInfo p = points.get(f.pointId());
            if (p == null) {
                continue;
            }
            total.feedback(f);
            byPoint.get(p.id()).feedback(f);
            byRegion.computeIfAbsent(p.region(), k -> new Figures()).feedback(f);
            if (f.authorityId() != null) {
                byAuthority.computeIfAbsent(f.authorityId(), k -> new Figures()).feedback(f);
            }
            Figures day =
                    byDay.get(Instant.ofEpochMilli(f.answeredAt()).atZone(zone).toLocalDate());
            if (day != null) {
                day.feedback(f);
            }
        }
        List<MetricsReportDto.HourWeekdayCell> cells = new ArrayList<>();
        for (int wd = 1; wd <= 7; wd++) {
            for (int h = 0; h < 24; h++) {
                if (cellTickets[wd][h] > 0) {
                    cells.add(new MetricsReportDto.HourWeekdayCell(
                            wd, h, cellTickets[wd][h], Stats.meanWhole(cellWait[wd][h], cellCalled[wd][h])));
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
        List<MetricsReportDto.DayFigures> days = new ArrayList<>();
        byDay.forEach((day, f) -> days.add(new MetricsReportDto.DayFigures(day, f.visits(), f.satisfaction())));
        return new MetricsReportDto(
                scope.scope(),
                scope.name(),
                from,
                to,
                lang,
                total.build(),
                pointRows,
                regionRows,
                authorityRows,
                days,
                cells,
                AuthorityScope.availability(
                        bookable.addTo(
                                Availability.of(d.hours, scope.points(), catalog, from, to, lang),
                                scope,
                                from,
                                to,
                                lang),
                        scope),
                safety(d, total),
                support(d, levels, lifeEvents),
                serviceEvents(d, lang));
    }

    private static MetricsReportDto.Safety safety(RawData d, Figures total) {
        Map<String, int[]> kinds = new TreeMap<>();
        int resolved = 0;
        for (Rows.Incident i : d.incidents) {
            int[] k = kinds.computeIfAbsent(i.category(), x -> new int[3]);
            k[0]++;
            k[2] += i.severity();
            if (i.resolved()) {
                k[1]++;
                resolved++;
            }
        }
        List<MetricsReportDto.IncidentKind> rows = new ArrayList<>();
        kinds.forEach((c, k) -> rows.add(new MetricsReportDto.IncidentKind(c, k[0], k[1], Stats.mean2(k[2], k[0]))));
        return new MetricsReportDto.Safety(
                d.incidents.size(), resolved, rows, total.build().perceivedSafety());
    }

    private static MetricsReportDto.Support support(
            RawData d, Map<String, Integer> levels, Map<String, Integer> lifeEvents) {
        Map<String, Integer> referralCounts = new TreeMap<>();
        for (Rows.Referral r : d.referrals) {
            referralCounts.merge(r.kind() + "\u0000" + (r.target() == null ? "" : r.target()), 1, Integer::sum);
        }
        List<MetricsReportDto.ReferralRow> referrals = new ArrayList<>();
        referralCounts.forEach((k, n) -> {
            String[] parts = k.split("\u0000", -1);
            referrals.add(new MetricsReportDto.ReferralRow(parts[0], parts[1].isEmpty() ? null : parts[1], n));
        });
        // a service chain: the authorities whose events were recorded on one ticket, in the order recorded
        Map<String, List<String>> perTicket = new HashMap<>();
        d.events.stream()
                .sorted(java.util.Comparator.comparingLong(Rows.Event::recordedAt))
                .forEach(e -> {
                    List<String> chain = perTicket.computeIfAbsent(e.ticketId(), k -> new ArrayList<>());
                    if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(e.authorityId())) {
                        chain.add(e.authorityId());
                    }
                });
        Map<String, Integer> chains = new TreeMap<>();
        perTicket.values().stream()
                .filter(c -> c.size() > 1)
                .forEach(c -> chains.merge(String.join(" > ", c), 1, Integer::sum));
        return new MetricsReportDto.Support(levels, lifeEvents, referrals, chains);
    }

    private List<MetricsReportDto.ServiceEventRow> serviceEvents(RawData d, String lang) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Rows.Event e : d.events) {
            counts.computeIfAbsent(e.authorityId() + "\u0000" + e.typeId(), k -> new int[1])[0] += e.count();
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
