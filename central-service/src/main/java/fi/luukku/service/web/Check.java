package fi.luukku.service.web;

import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Request-shape checks of the HTTP edge: path ids, headers and query parameters. Body fields are checked by
 * their type's shape in {@link RequestShapes}; both raise neutral exceptions that {@link ApiError#from} maps.
 */
public final class Check {
    private static final Pattern ID = Pattern.compile(fi.luukku.service.web.shape.Fields.ID_PATTERN);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private Check() {}

    /** A path id: a malformed one cannot exist, so it is a 404, not a 400. */
    public static String pathId(String what, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new NotFound(what, "(malformed id)");
        }
        return value;
    }

    public static String idempotencyKey(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Invalid("Idempotency-Key", "header Idempotency-Key is required");
            }
            return null;
        }
        if (!KEY.matcher(value).matches()) {
            throw new Invalid("Idempotency-Key", "Idempotency-Key must be 1..100 visible ASCII characters");
        }
        return value;
    }

    /** The {@code day} query parameter (YYYY-MM-DD), or the fallback when absent. */
    public static LocalDate day(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid("day", "day must be YYYY-MM-DD");
        }
    }

    /** The {@code month} query parameter (YYYY-MM), or the fallback when absent. */
    public static YearMonth month(String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid("month", "month must be YYYY-MM");
        }
    }

    /** The Last-Event-ID header (or lastEventId query parameter): 0 when absent. */
    public static long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        long last;
        try {
            last = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new Invalid("Last-Event-ID", "Last-Event-ID must be a number");
        }
        if (last < 0) {
            throw new Invalid("Last-Event-ID", "Last-Event-ID must not be negative");
        }
        return last;
    }
}
