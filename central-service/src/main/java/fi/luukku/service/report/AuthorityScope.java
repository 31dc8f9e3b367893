package fi.luukku.service.report;

import fi.luukku.core.api.report.BillingReport;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.service.point.Catalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Narrows a report to one authority (ADR 0028): its tickets (by their queue's authority), the feedback linked to
 * it, its service events and its bills. Incidents and referrals belong to the point, not to an authority, and are
 * left out; the point's own opening hours stay beside the authority's, which follow them when it has none.
 */
public final class AuthorityScope {
    private AuthorityScope() {}

    /** Keeps only the authority's rows (in place). */
    static void narrow(RawData d, ReportScope scope, Catalog catalog) {
        String a = scope.authorityId();
        if (a == null) {
            return;
        }
        d.tickets.removeIf(t -> !a.equals(
                catalog.queue(t.queueId()).map(Catalog.Queue::authorityId).orElse(null)));
        d.feedback.removeIf(f -> !a.equals(f.authorityId()));
        d.events.removeIf(e -> !a.equals(e.authorityId()));
        d.incidents.clear();
        d.referrals.clear();
    }

    /** The opening hours that concern the scope: the point's own, and the authority's when one is chosen. */
    static List<Rows.Hours> hours(List<Rows.Hours> hours, ReportScope scope) {
        String a = scope.authorityId();
        return a == null
                ? hours
                : hours.stream()
                        .filter(h -> h.authorityId() == null || a.equals(h.authorityId()))
                        .toList();
    }

    static List<MetricsReportDto.Availability> availability(
            List<MetricsReportDto.Availability> rows, ReportScope scope) {
        String a = scope.authorityId();
        if (a == null) {
            return rows;
        }
        return rows.stream()
                .filter(r -> r.authorityId() == null || a.equals(r.authorityId()))
                .map(r -> r.authorityId() == null
                        ? new MetricsReportDto.Availability(
                                r.pointId(), null, r.name(), r.openDays(), r.openHours(), null, List.of())
                        : r)
                .toList();
    }

    /** The authority's bills: its event lines per point; the points' base fees and training are not its. */
    public static BillingReport billing(BillingReport r, ReportScope scope) {
        String a = scope.authorityId();
        if (a == null) {
            return r;
        }
        List<BillingReport.PointBill> points = new ArrayList<>();
        BigDecimal events = BigDecimal.ZERO;
        for (BillingReport.PointBill p : r.points()) {
            List<BillingReport.AuthorityBill> mine = p.authorities().stream()
                    .filter(b -> a.equals(b.authorityId()))
                    .toList();
            BigDecimal sum = mine.stream()
                    .map(BillingReport.AuthorityBill::total)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            events = events.add(sum);
            points.add(new BillingReport.PointBill(
                    p.pointId(), p.pointName(), p.region(), zero(p.baseFee()), zero(p.training()), mine, sum, sum));
        }
        return new BillingReport(
                r.scope(),
                r.scopeName(),
                r.from(),
                r.to(),
                r.lang(),
                points,
                r.authorities().stream().filter(t -> a.equals(t.authorityId())).toList(),
                zero(r.baseFeeTotal()),
                zero(r.trainingTotal()),
                events,
                events);
    }

    private static BigDecimal zero(BigDecimal like) {
        return like == null ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(like.scale());
    }
}
