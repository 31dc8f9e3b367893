package fi.luukku.service.web;

import fi.luukku.core.api.report.BillingReport;
import fi.luukku.core.api.report.MetricsReportDto;
import fi.luukku.core.api.report.ReportFormat;
import fi.luukku.core.api.report.ReportScopeDto;
import fi.luukku.service.report.AuthorityScope;
import fi.luukku.service.report.BillingPdf;
import fi.luukku.service.report.BillingService;
import fi.luukku.service.report.MetricsService;
import fi.luukku.service.report.ReportScope;
import fi.luukku.service.report.ReportScopes;
import fi.luukku.service.report.ReportTables;
import fi.luukku.service.report.TableExports;
import java.util.function.Function;

/** The reports over a period and scope (issue 12): metrics and billing as JSON, CSV, XLSX and (billing) PDF. */
public final class PeriodReportRoutes implements RouteGroup {
    private static final String PARAMS =
            " ?from=YYYY-MM-DD&to=YYYY-MM-DD (inclusive, at most 366 days)&scope=national|region:<r>|point:<id>&lang=fi|sv|en";

    private final ReportScopes scopes;
    private final MetricsService metrics;
    private final BillingService billing;

    public PeriodReportRoutes(ReportScopes scopes, MetricsService metrics, BillingService billing) {
        this.scopes = scopes;
        this.metrics = metrics;
        this.billing = billing;
    }

    @Override
    public void register(Routes r) {
        r.get("/api/v1/reports/scopes", "reportScopes")
                .summary("The scopes the caller may draw reports for (supervisor: own point; admin: all)")
                .roles(Roles.SUPERVISORS)
                .query("lang", null, "fi, sv or en (names), default fi")
                .response(Types.listOf(ReportScopeDto.class))
                .handle(x -> {
                    ReportParams.only(x, ReportParams.LANG_ONLY);
                    x.ok(scopes.visibleTo(x.who(), ReportParams.lang(x)));
                });
        params(r.get("/api/v1/reports/metrics", "metricsReport")
                        .summary("The operating model's metrics" + PARAMS)
                        .response(MetricsReportDto.class))
                .handle(x -> x.ok(metricsOf(x)));
        params(r.get("/api/v1/reports/billing", "periodBillingReport")
                        .summary("The pilot's billing" + PARAMS)
                        .response(BillingReport.class))
                .handle(x -> x.ok(billingOf(x)));
        file(r, "metrics", ReportFormat.CSV, x -> TableExports.csv(ReportTables.metrics(metricsOf(x))));
        file(r, "metrics", ReportFormat.XLSX, x -> TableExports.xlsx(ReportTables.metrics(metricsOf(x))));
        file(r, "billing", ReportFormat.CSV, x -> TableExports.csv(ReportTables.billing(billingOf(x))));
        file(r, "billing", ReportFormat.XLSX, x -> TableExports.xlsx(ReportTables.billing(billingOf(x))));
        file(r, "billing", ReportFormat.PDF, x -> BillingPdf.write(billingOf(x)));
    }

    private static Routes.R params(Routes.R route) {
        return route.roles(Roles.SUPERVISORS)
                .query("from", "date", "first day, YYYY-MM-DD")
                .query("to", "date", "last day (inclusive), YYYY-MM-DD")
                .query(
                        "scope",
                        null,
                        "national, region:<region>, authority:<authorityId>, point:<pointId> or"
                                + " point:<pointId>/authority:<authorityId>")
                .query("lang", null, "fi, sv or en; default fi")
                .database();
    }

    private void file(Routes r, String report, ReportFormat format, Function<Exchange, byte[]> body) {
        String ext = format.extension();
        params(r.get(
                                "/api/v1/reports/" + report + "." + ext,
                                report + "Report" + Character.toUpperCase(ext.charAt(0)) + ext.substring(1))
                        .summary("The " + report + " report as " + ext.toUpperCase(java.util.Locale.ROOT) + PARAMS)
                        .produces(format.mediaType()))
                .handle(x -> {
                    byte[] bytes = body.apply(x);
                    ReportParams p = ReportParams.of(x);
                    x.ctx()
                            .header(
                                    "Content-Disposition",
                                    "attachment; filename=\"" + report + "-" + p.from() + "-" + p.to() + "." + ext
                                            + "\"");
                    x.ctx().contentType(format.mediaType()).result(bytes);
                });
    }

    private MetricsReportDto metricsOf(Exchange x) {
        ReportParams p = ReportParams.of(x);
        ReportScope scope = scopes.resolve(x.who(), p.scope(), p.lang());
        return metrics.report(scope, p.from(), p.to(), p.lang());
    }

    private BillingReport billingOf(Exchange x) {
        ReportParams p = ReportParams.of(x);
        ReportScope scope = scopes.resolve(x.who(), p.scope(), p.lang());
        return AuthorityScope.billing(billing.report(scope, p.from(), p.to(), p.lang()), scope);
    }
}
