package fi.luukku.service.error;

import fi.luukku.core.i18n.CitizenLanguage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field rules of application input: each failure is an {@link Invalid} naming the field (the edge answers 400). */
public final class Validate {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Validate() {}

    public static String required(String field, String value, int maxLen) {
        if (value == null || value.isBlank()) {
            throw new Invalid(field, field + " is required");
        }
        return optional(field, value, maxLen);
    }

    public static String optional(String field, String value, int maxLen) {
        if (value != null && value.length() > maxLen) {
            throw new Invalid(field, field + " is longer than " + maxLen + " characters");
        }
        if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw new Invalid(field, field + " contains control characters");
        }
        return value;
    }

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Invalid(field, field + " is required");
        }
        if (!ID.matcher(value).matches()) {
            throw new Invalid(field, field + " is not a valid id");
        }
        return value;
    }

    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    public static String language(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Invalid(field, field + " is required (fi, sv, en, ru, et, uk, so or ar)");
            }
            return "fi";
        }
        // a ticket or feedback may be in any language the citizen screens speak, not only fi/sv/en
        return CitizenLanguage.ofCode(value)
                .map(CitizenLanguage::code)
                .orElseThrow(() -> new Invalid(field, field + " must be one of fi, sv, en, ru, et, uk, so, ar"));
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Invalid(field, field + " is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    public static int range(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw new Invalid(field, field + " is required");
            }
            return min - 1;
        }
        if (value < min || value > max) {
            throw new Invalid(field, field + " must be " + min + ".." + max);
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> value, int maxSize) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > maxSize) {
            throw new Invalid(field, field + " has more than " + maxSize + " items");
        }
        for (T t : value) {
            if (t == null) {
                throw new Invalid(field, field + " contains null");
            }
        }
        return value;
    }
}
