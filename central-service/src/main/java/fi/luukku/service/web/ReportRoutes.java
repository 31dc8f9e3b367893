package fi.luukku.service.web;

import fi.luukku.core.api.BillingReportDto;
import fi.luukku.core.api.DailyStatsDto;
import fi.luukku.service.report.ReportService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;

/** Daily statistics and monthly billing. */
public final class ReportRoutes implements RouteGroup {
    private final ReportService reports;
    private final Supplier<LocalDate> today;

    public ReportRoutes(ReportService reports, Supplier<LocalDate> today) {
        this.reports = reports;
        this.today = today;
    }

    @Override
    public void register(Routes r) {
        r.get("/api/v1/points/{point}/stats/daily", "dailyStats")
                .summary("Daily statistics (?day=YYYY-MM-DD, default today)")
                .atPoint(Roles.STAFF)
                .query("day", "date", "YYYY-MM-DD, default today")
                .response(DailyStatsDto.class)
                .handle(x -> x.ok(reports.daily(x.point(), Check.day(x.query("day"), today.get()))));
        r.get("/api/v1/points/{point}/reports/billing", "billingReport")
                .summary("Monthly billing per authority (?month=YYYY-MM, default this month)")
                .atPoint(Roles.SUPERVISORS)
                .query("month", null, "YYYY-MM, default this month")
                .response(BillingReportDto.class)
                .handle(x ->
                        x.ok(reports.billing(x.point(), Check.month(x.query("month"), YearMonth.from(today.get())))));
    }
}
