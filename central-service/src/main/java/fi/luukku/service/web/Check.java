package fi.luukku.service.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field validation that answers 400 with the offending field. */
public final class Check {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private Check() {}

    public static String required(String field, String value, int maxLen) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(field, field + " is required");
        }
        return optional(field, value, maxLen);
    }

    public static String optional(String field, String value, int maxLen) {
        if (value != null && value.length() > maxLen) {
            throw ApiError.badRequest(field, field + " is longer than " + maxLen + " characters");
        }
        if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw ApiError.badRequest(field, field + " contains control characters");
        }
        return value;
    }

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(field, field + " is required");
        }
        if (!ID.matcher(value).matches()) {
            throw ApiError.badRequest(field, field + " is not a valid id");
        }
        return value;
    }

    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    /** A path id: a malformed one cannot exist, so it is a 404, not a 400. */
    public static String pathId(String what, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw ApiError.notFound(what, "(malformed id)");
        }
        return value;
    }

    public static String language(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiError.badRequest(field, field + " is required (fi, sv or en)");
            }
            return "fi";
        }
        // a ticket or feedback may be in any language the citizen screens speak (issue 15), not only fi/sv/en
        return fi.luukku.core.i18n.CitizenLanguage.ofCode(value)
                .map(fi.luukku.core.i18n.CitizenLanguage::code)
                .orElseThrow(
                        () -> ApiError.badRequest(field, field + " must be one of fi, sv, en, ru, et, uk, so, ar"));
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiError.badRequest(field, field + " is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(field, field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    public static int range(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw ApiError.badRequest(field, field + " is required");
            }
            return min - 1;
        }
        if (value < min || value > max) {
            throw ApiError.badRequest(field, field + " must be " + min + ".." + max);
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> value, int maxSize) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > maxSize) {
            throw ApiError.badRequest(field, field + " has more than " + maxSize + " items");
        }
        for (T t : value) {
            if (t == null) {
                throw ApiError.badRequest(field, field + " contains null");
            }
        }
        return value;
    }

    public static String idempotencyKey(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiError.badRequest("Idempotency-Key", "header Idempotency-Key is required");
            }
            return null;
        }
        if (!KEY.matcher(value).matches()) {
            throw ApiError.badRequest("Idempotency-Key", "Idempotency-Key must be 1..100 visible ASCII characters");
        }
        return value;
    }
}
