package fi.luukku.service.web.shape;

import fi.luukku.core.domain.WireNames;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.service.error.Invalid;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of single request values at the edge: each failure is an {@link Invalid} naming the field (a 400). */
public final class Fields {
    /** What an id looks like: up to 64 letters, digits, '.', '_', ':' or '-', not starting with a sign. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    /** The language codes the citizen screens speak (a ticket or feedback may be in any of them). */
    public static final List<String> LANGUAGES =
            Arrays.stream(CitizenLanguage.values()).map(CitizenLanguage::code).toList();

    private Fields() {}

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

    public static void language(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Invalid(field, field + " is required (" + String.join(", ", LANGUAGES) + ")");
            }
            return;
        }
        if (CitizenLanguage.ofCode(value).isEmpty()) {
            throw new Invalid(field, field + " must be one of " + String.join(", ", LANGUAGES));
        }
    }

    public static <E extends Enum<E>> void enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Invalid(field, field + " is required");
            }
            return;
        }
        try {
            WireNames.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    public static void range(String field, Integer value, int min, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw new Invalid(field, field + " is required");
            }
            return;
        }
        if (value < min || value > max) {
            throw new Invalid(field, field + " must be " + min + ".." + max);
        }
    }

    public static void list(String field, List<?> value, int maxSize) {
        if (value == null) {
            return;
        }
        if (value.size() > maxSize) {
            throw new Invalid(field, field + " has more than " + maxSize + " items");
        }
        for (Object t : value) {
            if (t == null) {
                throw new Invalid(field, field + " contains null");
            }
        }
    }
}
