package fi.luukku.service.report;

import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.service.db.Database;
import fi.luukku.service.point.Catalog;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bookable half of availability (issue 12, ADR 0028): from the free booking times reported per point, service
 * and day, the share of observed days on which a free time was on offer within the service's horizon N. Added to
 * the opening-hours rows of {@link Availability}: each authority's row lists its bookable services, and the
 * point's own row pools them all.
 */
final class BookableAvailability {
    /** One reported day of one service. */
    record Observation(String pointId, String authorityId, String serviceId, LocalDate day, LocalDateTime firstFree) {}

    private final Database db;
    private final Catalog catalog;
    private final BookingHorizons horizons;

    BookableAvailability(Database db, Catalog catalog, BookingHorizons horizons) {
        this.db = db;
        this.catalog = catalog;
        this.horizons = horizons;
    }

    /** The rows with the bookable figures of the scope's points in the period filled in (new rows where needed). */
    List<MetricsReportDto.Availability> addTo(
            List<MetricsReportDto.Availability> rows, ReportScope scope, LocalDate from, LocalDate to, String lang) {
        Set<String> points = Set.copyOf(scope.pointIds());
        List<Observation> seen = db
                .read(sql -> sql.list(
                        "SELECT point_id, authority_id, service_id, observed_on, first_free FROM free_time_observations"
                                + " WHERE observed_on >= ? AND observed_on <= ?",
                        rs -> new Observation(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                LocalDate.parse(rs.getString(4)),
                                rs.getString(5) == null ? null : LocalDateTime.parse(rs.getString(5))),
                        from.toString(),
                        to.toString()))
                .stream()
                .filter(o -> points.contains(o.pointId()))
                .toList();
        return merge(rows, seen, scope.points(), lang);
    }

    /** Pure: the figures from the observations, merged into the opening-hours rows (kept in their order). */
    List<MetricsReportDto.Availability> merge(
            List<MetricsReportDto.Availability> rows,
            List<Observation> seen,
            List<ReportScope.PointInfo> points,
            String lang) {
        if (seen.isEmpty()) {
            return rows;
        }
        // point -> authority -> service -> {observed days, days with a free time}
        Map<String, Map<String, Map<String, int[]>>> counts = new LinkedHashMap<>();
        for (Observation o : seen) {
            int n = horizons.days(o.pointId(), o.serviceId());
            int[] c = counts.computeIfAbsent(o.pointId(), k -> new TreeMap<>())
                    .computeIfAbsent(o.authorityId(), k -> new TreeMap<>())
                    .computeIfAbsent(o.serviceId(), k -> new int[2]);
            c[0]++;
            if (o.firstFree() != null
                    && !o.firstFree().toLocalDate().isAfter(o.day().plusDays(n))) {
                c[1]++;
            }
        }
        List<MetricsReportDto.Availability> out = new ArrayList<>();
        for (ReportScope.PointInfo p : points) {
            List<MetricsReportDto.Availability> mine =
                    rows.stream().filter(r -> r.pointId().equals(p.id())).toList();
            Map<String, Map<String, int[]>> byAuthority = counts.getOrDefault(p.id(), Map.of());
            if (byAuthority.isEmpty()) {
                out.addAll(mine);
                continue;
            }
            MetricsReportDto.Availability own = mine.stream()
                    .filter(r -> r.authorityId() == null)
                    .findFirst()
                    .orElse(new MetricsReportDto.Availability(p.id(), null, p.name(), 0, 0, null));
            int[] pooled = new int[2];
            byAuthority.values().forEach(s -> s.values().forEach(c -> {
                pooled[0] += c[0];
                pooled[1] += c[1];
            }));
            out.add(with(own, Stats.share(pooled[1], pooled[0]), List.of()));
            for (MetricsReportDto.Availability r : mine) {
                if (r.authorityId() != null && !byAuthority.containsKey(r.authorityId())) {
                    out.add(r);
                }
            }
            for (var a : byAuthority.entrySet()) {
                // an authority without hours of its own follows the point's
                MetricsReportDto.Availability base = mine.stream()
                        .filter(r -> Objects.equals(r.authorityId(), a.getKey()))
                        .findFirst()
                        .orElse(new MetricsReportDto.Availability(
                                p.id(),
                                a.getKey(),
                                catalog.authority(a.getKey())
                                        .map(x -> x.name().in(lang))
                                        .orElse(a.getKey()),
                                own.openDays(),
                                own.openHours(),
                                null));
                int[] sum = new int[2];
                List<MetricsReportDto.BookableService> services = new ArrayList<>();
                a.getValue().forEach((service, c) -> {
                    sum[0] += c[0];
                    sum[1] += c[1];
                    services.add(new MetricsReportDto.BookableService(
                            service,
                            catalog.service(service).map(s -> s.name().in(lang)).orElse(service),
                            horizons.days(p.id(), service),
                            c[0],
                            c[1],
                            Stats.share(c[1], c[0])));
                });
                out.add(with(base, Stats.share(sum[1], sum[0]), services));
            }
        }
        return out;
    }

    private static MetricsReportDto.Availability with(
            MetricsReportDto.Availability r, Double share, List<MetricsReportDto.BookableService> services) {
        return new MetricsReportDto.Availability(
                r.pointId(), r.authorityId(), r.name(), r.openDays(), r.openHours(), share, List.copyOf(services));
    }
}
