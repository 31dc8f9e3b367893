package fi.luukku.service.report;

import fi.luukku.core.api.report.BillingReport;
import fi.luukku.core.api.report.MetricsReportDto;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a report into one table (header + rows of text and numbers) that the CSV and the XLSX exports both
 * write, so both carry exactly the numbers of the JSON report.
 */
public final class ReportTables {
    /** A table: a header and rows whose cells are String, Number or null. */
    public record Table(String title, List<String> header, List<List<Object>> rows) {}

    private ReportTables() {}

    /** Metrics in long form: part, id, name, metric, value (one row per figure). */
    public static Table metrics(MetricsReportDto r) {
        String lang = r.lang();
        List<List<Object>> rows = new ArrayList<>();
        figures(rows, "scope", r.scope(), r.scopeName(), r.totals());
        r.points().forEach(b -> figures(rows, "point", b.id(), b.name(), b.figures()));
        r.regions().forEach(b -> figures(rows, "region", b.id(), b.name(), b.figures()));
        r.authorities().forEach(b -> figures(rows, "authority", b.id(), b.name(), b.figures()));
        for (MetricsReportDto.DayFigures d : r.days()) {
            visits(rows, "day", d.day().toString(), d.day().toString(), d.visits());
            satisfaction(rows, "day", d.day().toString(), d.day().toString(), d.satisfaction());
        }
        for (MetricsReportDto.HourWeekdayCell c : r.waitByHourWeekday()) {
            String id = c.weekday() + "-" + c.hour();
            rows.add(row("hourWeekday", id, id, "tickets", c.tickets()));
            rows.add(row("hourWeekday", id, id, "meanWaitSeconds", c.meanWaitSeconds()));
        }
        for (MetricsReportDto.Availability a : r.availability()) {
            String id = a.pointId() + (a.authorityId() == null ? "" : "/" + a.authorityId());
            rows.add(row("availability", id, a.name(), "openDays", a.openDays()));
            rows.add(row("availability", id, a.name(), "openHours", a.openHours()));
            if (a.bookableDayShare() != null) {
                rows.add(row("availability", id, a.name(), "bookableDayShare", a.bookableDayShare()));
            }
            for (MetricsReportDto.BookableService b :
                    a.bookable() == null ? List.<MetricsReportDto.BookableService>of() : a.bookable()) {
                String sid = id + "/" + b.serviceId();
                rows.add(row("bookable", sid, b.name(), "horizonDays", b.horizonDays()));
                rows.add(row("bookable", sid, b.name(), "observedDays", b.observedDays()));
                rows.add(row("bookable", sid, b.name(), "daysWithFreeTime", b.daysWithFreeTime()));
                rows.add(row("bookable", sid, b.name(), "share", b.share()));
            }
        }
        MetricsReportDto.Safety s = r.safety();
        rows.add(row("safety", r.scope(), r.scopeName(), "incidents", s.incidents()));
        rows.add(row("safety", r.scope(), r.scopeName(), "incidentsResolved", s.resolved()));
        for (MetricsReportDto.IncidentKind k : s.byKind()) {
            rows.add(row("incidentKind", k.category(), k.category(), "count", k.count()));
            rows.add(row("incidentKind", k.category(), k.category(), "resolved", k.resolved()));
            rows.add(row("incidentKind", k.category(), k.category(), "meanSeverity", k.meanSeverity()));
        }
        MetricsReportDto.Support sup = r.support();
        sup.supportLevels().forEach((k, v) -> rows.add(row("supportLevel", k, k, "count", v)));
        sup.lifeEvents().forEach((k, v) -> rows.add(row("lifeEvent", k, k, "count", v)));
        for (MetricsReportDto.ReferralRow ref : sup.referrals()) {
            String id = ref.kind() + (ref.target() == null ? "" : "/" + ref.target());
            rows.add(row("referral", id, id, "count", ref.count()));
        }
        sup.chains().forEach((k, v) -> rows.add(row("chain", k, k, "count", v)));
        for (MetricsReportDto.ServiceEventRow e : r.serviceEvents()) {
            String id = e.authorityId() + "/" + e.typeId();
            rows.add(row("serviceEvent", id, e.typeName(), "count", e.count()));
            rows.add(row("serviceEvent", id, e.typeName(), "nominalMinutes", e.nominalMinutes()));
            rows.add(row("serviceEvent", id, e.typeName(), "totalMinutes", e.totalMinutes()));
        }
        List<String> header = List.of(
                ReportLabels.word("part", lang),
                ReportLabels.word("id", lang),
                ReportLabels.word("name", lang),
                ReportLabels.word("metric", lang),
                ReportLabels.word("value", lang));
        String title = ReportLabels.word("metrics", lang) + " " + r.scopeName() + " " + r.from() + "–" + r.to();
        return new Table(title, header, rows);
    }

    /** Billing: one row per point × authority × event type × unit price, plus base fee and training per point. */
    public static Table billing(BillingReport r) {
        String lang = r.lang();
        List<List<Object>> rows = new ArrayList<>();
        for (BillingReport.PointBill p : r.points()) {
            rows.add(List.of(
                    p.pointId(),
                    p.pointName(),
                    "",
                    "",
                    "BASE_FEE",
                    ReportLabels.word("baseFee", lang),
                    "",
                    "",
                    p.baseFee()));
            rows.add(List.of(
                    p.pointId(),
                    p.pointName(),
                    "",
                    "",
                    "TRAINING",
                    ReportLabels.word("training", lang),
                    "",
                    "",
                    p.training()));
            for (BillingReport.AuthorityBill a : p.authorities()) {
                for (BillingReport.EventLine e : a.events()) {
                    rows.add(List.of(
                            p.pointId(),
                            p.pointName(),
                            a.authorityId(),
                            a.authorityName(),
                            e.typeId(),
                            e.typeName(),
                            e.unitPrice(),
                            e.count(),
                            e.total()));
                }
            }
            rows.add(List.of(
                    p.pointId(), p.pointName(), "", "", "TOTAL", ReportLabels.word("total", lang), "", "", p.total()));
        }
        for (BillingReport.AuthorityTotal a : r.authorities()) {
            rows.add(List.of(
                    "",
                    "",
                    a.authorityId(),
                    a.authorityName(),
                    "TOTAL",
                    ReportLabels.word("total", lang),
                    "",
                    a.eventCount(),
                    a.total()));
        }
        rows.add(List.of("", "", "", "", "TOTAL", ReportLabels.word("total", lang), "", "", r.total()));
        List<String> header = List.of(
                ReportLabels.word("point", lang),
                ReportLabels.word("name", lang),
                ReportLabels.word("authority", lang),
                ReportLabels.word("name", lang),
                ReportLabels.word("type", lang),
                ReportLabels.word("name", lang),
                ReportLabels.word("unitPrice", lang),
                ReportLabels.word("count", lang),
                ReportLabels.word("amount", lang));
        String title = ReportLabels.word("billing", lang) + " " + r.scopeName() + " " + r.from() + "–" + r.to();
        return new Table(title, header, rows);
    }

    private static void figures(
            List<List<Object>> rows, String part, String id, String name, MetricsReportDto.Figures f) {
        satisfaction(rows, part, id, name, f.satisfaction());
        visits(rows, part, id, name, f.visits());
        rating(rows, part, id, name, "rightService", f.rightService());
        for (MetricsReportDto.OutcomeRow o : f.outcomes()) {
            rows.add(row(part, id, name, "outcome." + o.outcome() + ".advisor", o.advisor()));
            rows.add(row(part, id, name, "outcome." + o.outcome() + ".customer", o.customer()));
        }
        MetricsReportDto.Confidence c = f.confidence();
        rows.add(row(part, id, name, "confidence.yes", c.yes()));
        rows.add(row(part, id, name, "confidence.no", c.no()));
        rows.add(row(part, id, name, "confidence.yesShare", c.yesShare()));
        c.reasons().forEach((k, v) -> rows.add(row(part, id, name, "confidence.reason." + k, v)));
        rating(rows, part, id, name, "perceivedSafety", f.perceivedSafety());
    }

    private static void satisfaction(
            List<List<Object>> rows, String part, String id, String name, MetricsReportDto.Satisfaction s) {
        rows.add(row(part, id, name, "satisfaction.answers", s.answers()));
        rows.add(row(part, id, name, "satisfaction.mean", s.mean()));
        s.distribution().forEach((k, v) -> rows.add(row(part, id, name, "satisfaction." + k, v)));
        rows.add(row(part, id, name, "comments", s.comments()));
        rows.add(row(part, id, name, "comments.positive", s.positiveComments()));
        rows.add(row(part, id, name, "comments.negative", s.negativeComments()));
        rows.add(row(part, id, name, "comments.positiveRatio", s.positiveRatio()));
    }

    private static void visits(
            List<List<Object>> rows, String part, String id, String name, MetricsReportDto.Visits v) {
        rows.add(row(part, id, name, "issued", v.issued()));
        rows.add(row(part, id, name, "served", v.served()));
        rows.add(row(part, id, name, "noShows", v.noShows()));
        rows.add(row(part, id, name, "cancelled", v.cancelled()));
        rows.add(row(part, id, name, "called", v.called()));
        rows.add(row(part, id, name, "wait.meanSeconds", v.meanWaitSeconds()));
        rows.add(row(part, id, name, "wait.medianSeconds", v.medianWaitSeconds()));
        rows.add(row(part, id, name, "wait.p90Seconds", v.p90WaitSeconds()));
        rows.add(row(part, id, name, "wait.shareWithinTarget", v.shareWithinTarget()));
        rows.add(row(part, id, name, "service.meanSeconds", v.meanServiceSeconds()));
    }

    private static void rating(
            List<List<Object>> rows, String part, String id, String name, String metric, MetricsReportDto.Rating r) {
        rows.add(row(part, id, name, metric + ".answers", r.answers()));
        rows.add(row(part, id, name, metric + ".mean", r.mean()));
        r.distribution().forEach((k, v) -> rows.add(row(part, id, name, metric + "." + k, v)));
    }

    private static List<Object> row(String part, String id, String name, String metric, Object value) {
        List<Object> row = new ArrayList<>(5);
        row.add(part);
        row.add(id);
        row.add(name);
        row.add(metric);
        row.add(value);
        return row;
    }
}
