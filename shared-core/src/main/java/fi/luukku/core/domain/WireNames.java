package fi.luukku.core.domain;

import java.util.Locale;

/**
 * How a request spells an enum constant: case and dashes do not matter ({@code "no-show"} names {@code NO_SHOW}).
 * One spelling rule for the service's edge, which refuses a name that matches nothing, and for the application,
 * which reads names the edge has already accepted.
 */
public final class WireNames {
    private WireNames() {}

    /**
     * The constant {@code value} names, or null when it is null or blank.
     *
     * @throws IllegalArgumentException when it names no constant of {@code type}
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
