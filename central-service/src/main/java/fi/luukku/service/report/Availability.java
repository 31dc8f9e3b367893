package fi.luukku.service.report;

import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.service.point.Catalog;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Availability from the opening hours: per point (authority null) and per authority with hours of its own, the
 * days open and the hours open in the period. A dated exception replaces the weekly pattern of its day; an
 * authority without hours of its own follows the point's.
 */
final class Availability {
    private Availability() {}

    static List<MetricsReportDto.Availability> of(
            List<Rows.Hours> hours,
            List<ReportScope.PointInfo> points,
            Catalog catalog,
            LocalDate from,
            LocalDate to,
            String lang) {
        List<MetricsReportDto.Availability> out = new ArrayList<>();
        for (ReportScope.PointInfo p : points) {
            List<Rows.Hours> mine =
                    hours.stream().filter(h -> h.pointId().equals(p.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Set<String> authorities = new LinkedHashSet<>();
            authorities.add(null);
            mine.stream().map(Rows.Hours::authorityId).filter(Objects::nonNull).forEach(authorities::add);
            for (String authority : authorities) {
                List<Rows.Hours> rows = mine.stream()
                        .filter(h -> Objects.equals(h.authorityId(), authority))
                        .toList();
                int days = 0;
                long minutes = 0;
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    long m = minutesOn(rows, day);
                    if (m > 0) {
                        days++;
                        minutes += m;
                    }
                }
                String name = authority == null
                        ? p.name()
                        : catalog.authority(authority)
                                .map(a -> a.name().in(lang))
                                .orElse(authority);
                out.add(new MetricsReportDto.Availability(
                        p.id(), authority, name, days, Math.round(minutes / 60.0 * 100) / 100.0, null));
            }
        }
        return out;
    }

    /** The minutes open on one day: the day's exceptions if any, else its weekday's pattern. */
    static long minutesOn(List<Rows.Hours> rows, LocalDate day) {
        String d = day.toString();
        List<Rows.Hours> dated = rows.stream().filter(h -> d.equals(h.onDate())).toList();
        List<Rows.Hours> use = !dated.isEmpty()
                ? dated
                : rows.stream()
                        .filter(h -> h.onDate() == null
                                && h.weekday() != null
                                && h.weekday() == day.getDayOfWeek().getValue())
                        .toList();
        long m = 0;
        for (Rows.Hours h : use) {
            if (h.closed() || h.opens() == null || h.closes() == null) {
                continue;
            }
            m += Math.max(
                    0,
                    Duration.between(LocalTime.parse(h.opens()), LocalTime.parse(h.closes()))
                            .toMinutes());
        }
        return m;
    }
}
