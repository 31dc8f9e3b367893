package fi.luukku.service.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.report.BillingReport;
import fi.luukku.service.db.Database;
import fi.luukku.service.point.Catalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pilot's billing (seed 003) over any period. Per point: the monthly base fee and training compensation in
 * force, each month counted by the share of its days inside the period (a whole month is the whole fee); per
 * authority hosted by the point: each event type's count times the unit price in force on the event's day (the
 * counts per day come from the day summaries, ADR 0026).
 * Amounts are cents internally and euros with two decimals in the report.
 */
public final class BillingService {
    private final Database db;
    private final Catalog catalog;
    private final ObjectMapper mapper;
    private final ZoneId zone;

    public BillingService(Database db, Catalog catalog, ObjectMapper mapper, ZoneId zone) {
        this.db = db;
        this.catalog = catalog;
        this.mapper = mapper;
        this.zone = zone;
    }

    private record Fee(String pointId, String from, String to, long baseCents, long trainingCents) {}

    private record Line(String typeId, long unitCents) {}

    public BillingReport report(ReportScope scope, LocalDate from, LocalDate to, String lang) {
        boolean national = "NATIONAL".equals(scope.kind());
        Set<String> wanted = Set.copyOf(scope.pointIds());
        List<Fee> fees = new ArrayList<>();
        // point -> authority -> (type, unit price) -> count
        Map<String, Map<String, Map<Line, Integer>>> counts = new LinkedHashMap<>();
        db.read(sql -> {
            sql.list(
                    "SELECT point_id, valid_from, valid_to, base_fee_cents, training_cents FROM point_fees",
                    rs -> fees.add(
                            new Fee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))));
            for (DaySummary d :
                    DaySummaries.forReport(sql, mapper, zone, national ? null : scope.pointIds(), from, to, true)) {
                if (!wanted.contains(d.pointId)) {
                    continue;
                }
                LocalDate day = LocalDate.parse(d.day);
                for (var e : d.events.entrySet()) {
                    String[] k = e.getKey().split("\u0000", -1);
                    long unit = catalog.priceCents(k[0], k[1], day);
                    counts.computeIfAbsent(d.pointId, x -> new TreeMap<>())
                            .computeIfAbsent(k[0], x -> new LinkedHashMap<>())
                            .merge(new Line(k[1], unit), e.getValue(), Integer::sum);
                }
            }
            return null;
        });

        List<BillingReport.PointBill> bills = new ArrayList<>();
        Map<String, long[]> perAuthority = new TreeMap<>();
        long baseTotal = 0;
        long trainingTotal = 0;
        long eventsTotal = 0;
        for (ReportScope.PointInfo p : scope.points()) {
            long[] fixed = fixedFees(fees, p.id(), from, to);
            Map<String, Map<Line, Integer>> mine = counts.getOrDefault(p.id(), Map.of());
            Set<String> authorities = new LinkedHashSet<>(catalog.point(p.id()).authorityIds());
            authorities.addAll(mine.keySet());
            List<BillingReport.AuthorityBill> lines = new ArrayList<>();
            long pointEvents = 0;
            for (String a : authorities) {
                List<BillingReport.EventLine> events = new ArrayList<>();
                long sum = 0;
                int n = 0;
                List<Map.Entry<Line, Integer>> sorted =
                        new ArrayList<>(mine.getOrDefault(a, Map.of()).entrySet());
                sorted.sort(Map.Entry.comparingByKey(
                        java.util.Comparator.comparing(Line::typeId).thenComparingLong(Line::unitCents)));
                for (Map.Entry<Line, Integer> e : sorted) {
                    long cents = e.getKey().unitCents() * e.getValue();
                    String typeName = catalog.eventType(e.getKey().typeId())
                            .map(ServiceEventTypeDto::name)
                            .map(t -> t.in(lang))
                            .orElse(e.getKey().typeId());
                    events.add(new BillingReport.EventLine(
                            e.getKey().typeId(), typeName, euros(e.getKey().unitCents()), e.getValue(), euros(cents)));
                    sum += cents;
                    n += e.getValue();
                }
                lines.add(new BillingReport.AuthorityBill(a, authorityName(a, lang), events, n, euros(sum)));
                long[] at = perAuthority.computeIfAbsent(a, k -> new long[2]);
                at[0] += n;
                at[1] += sum;
                pointEvents += sum;
            }
            bills.add(new BillingReport.PointBill(
                    p.id(),
                    p.name(),
                    p.region(),
                    euros(fixed[0]),
                    euros(fixed[1]),
                    lines,
                    euros(pointEvents),
                    euros(fixed[0] + fixed[1] + pointEvents)));
            baseTotal += fixed[0];
            trainingTotal += fixed[1];
            eventsTotal += pointEvents;
        }
        List<BillingReport.AuthorityTotal> authorityTotals = new ArrayList<>();
        perAuthority.forEach((a, v) -> authorityTotals.add(
                new BillingReport.AuthorityTotal(a, authorityName(a, lang), (int) v[0], euros(v[1]))));
        return new BillingReport(
                scope.scope(),
                scope.name(),
                from,
                to,
                lang,
                bills,
                authorityTotals,
                euros(baseTotal),
                euros(trainingTotal),
                euros(eventsTotal),
                euros(baseTotal + trainingTotal + eventsTotal));
    }

    /**
     * The base fee and training compensation of one point for the period: per month, the fee in force on each day
     * of the period counts one day's share of that month; the sum per fee row and month is rounded to cents once.
     */
    static long[] fixedFees(List<Fee> fees, String pointId, LocalDate from, LocalDate to) {
        Map<String, Integer> daysPerFeeMonth = new LinkedHashMap<>();
        Map<String, Fee> byKey = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String d = day.toString();
            for (Fee f : fees) {
                if (f.pointId().equals(pointId)
                        && f.from().compareTo(d) <= 0
                        && (f.to() == null || f.to().compareTo(d) >= 0)) {
                    String key = f.from() + "|" + YearMonth.from(day);
                    daysPerFeeMonth.merge(key, 1, Integer::sum);
                    byKey.put(key, f);
                    break;
                }
            }
        }
        long base = 0;
        long training = 0;
        for (var e : daysPerFeeMonth.entrySet()) {
            Fee f = byKey.get(e.getKey());
            int monthDays = YearMonth.parse(e.getKey().substring(e.getKey().indexOf('|') + 1))
                    .lengthOfMonth();
            base += share(f.baseCents(), e.getValue(), monthDays);
            training += share(f.trainingCents(), e.getValue(), monthDays);
        }
        return new long[] {base, training};
    }

    private static long share(long cents, int days, int monthDays) {
        return BigDecimal.valueOf(cents)
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(monthDays), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private String authorityName(String id, String lang) {
        return catalog.authority(id).map(a -> a.name().in(lang)).orElse(id);
    }
}
