package fi.luukku.core.api.report;

import java.time.LocalDate;

/** A report period, both days inclusive, in the points' local calendar. At most 366 days. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;
}
