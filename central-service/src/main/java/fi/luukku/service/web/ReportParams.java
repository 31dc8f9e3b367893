package fi.luukku.service.web;

import fi.luukku.core.api.report.ReportPeriod;
import fi.luukku.service.error.Invalid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The query parameters of the period reports: {@code from}, {@code to} (YYYY-MM-DD, inclusive, at most 366 days),
 * {@code scope} and {@code lang}. An unknown or repeated parameter is a 400, never silently ignored.
 */
record ReportParams(String scope, LocalDate from, LocalDate to, String lang) {
    static final Set<String> PERIOD = Set.of("from", "to", "scope", "lang");
    static final Set<String> LANG_ONLY = Set.of("lang");

    static ReportParams of(Exchange x) {
        only(x, PERIOD);
        LocalDate from = date(x, "from");
        LocalDate to = date(x, "to");
        if (to.isBefore(from)) {
            throw new Invalid("to", "to (" + to + ") is before from (" + from + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > ReportPeriod.MAX_DAYS) {
            throw new Invalid(
                    "to",
                    "the period is " + days + " days; a report covers at most " + ReportPeriod.MAX_DAYS + " days");
        }
        String scope = x.query("scope");
        if (scope == null || scope.isBlank()) {
            throw new Invalid(
                    "scope",
                    "scope is required: national, region:<region>, authority:<id>, point:<id> or point:<id>/authority:<id>");
        }
        return new ReportParams(scope, from, to, lang(x));
    }

    /** Refuses parameters other than the allowed ones, and any given twice. */
    static void only(Exchange x, Set<String> allowed) {
        for (var e : x.ctx().queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new Invalid(
                        e.getKey(),
                        "unknown parameter " + e.getKey() + "; allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1) {
                throw new Invalid(e.getKey(), "parameter " + e.getKey() + " given more than once");
            }
        }
    }

    static String lang(Exchange x) {
        String lang = x.query("lang");
        if (lang == null || lang.isBlank()) {
            return "fi";
        }
        if (!List.of("fi", "sv", "en").contains(lang)) {
            throw new Invalid("lang", "lang must be fi, sv or en");
        }
        return lang;
    }

    private static LocalDate date(Exchange x, String name) {
        String v = x.query(name);
        if (v == null || v.isBlank()) {
            throw new Invalid(name, name + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Invalid(name, name + " must be YYYY-MM-DD");
        }
    }
}
