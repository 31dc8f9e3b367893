package fi.luukku.core.api.report;

/** The reports: {@code metrics} and {@code billing} (also the path segment under /api/v1/reports/). */
public enum ReportKind {
    METRICS("metrics"),
    BILLING("billing");

    private final String path;

    ReportKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
