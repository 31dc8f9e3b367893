package fi.luukku.core.device.buttons;

import java.util.Locale;

/**
 * What one physical button means: an overall rating 1..5, an outcome ("handled", "started", "not handled") or
 * the answer to "could you do this yourself next time" (yes/no). Written in configuration as
 * {@code rating:4}, {@code outcome:handled}, {@code alone:no}.
 */
public record ButtonAnswer(Kind kind, String value) {

    public enum Kind {
        RATING,
        OUTCOME,
        ALONE
    }

    public ButtonAnswer {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("a button answer needs a kind and a value");
        }
        switch (kind) {
            case RATING -> {
                int r;
                try {
                    r = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("rating must be 1..5, was '" + value + "'");
                }
                if (r < 1 || r > 5) {
                    throw new IllegalArgumentException("rating must be 1..5, was " + r);
                }
            }
            case OUTCOME -> {
                if (!value.equals("HANDLED") && !value.equals("STARTED") && !value.equals("NOT_HANDLED")) {
                    throw new IllegalArgumentException(
                            "outcome must be handled, started or not_handled, was '" + value + "'");
                }
            }
            case ALONE -> {
                if (!value.equals("YES") && !value.equals("NO")) {
                    throw new IllegalArgumentException("alone must be yes or no, was '" + value + "'");
                }
            }
        }
    }

    public static ButtonAnswer rating(int rating) {
        return new ButtonAnswer(Kind.RATING, Integer.toString(rating));
    }

    /** Parses {@code rating:4}, {@code outcome:handled}, {@code alone:yes} (case-insensitive). */
    public static ButtonAnswer parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected kind:value such as rating:4, was '" + text + "'");
        }
        String kind = t.substring(0, colon).trim().toUpperCase(Locale.ROOT);
        String value = t.substring(colon + 1).trim().toUpperCase(Locale.ROOT).replace('-', '_');
        Kind k;
        try {
            k = Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown answer kind '" + kind + "' (rating, outcome or alone)");
        }
        return new ButtonAnswer(k, value);
    }

    public Integer ratingValue() {
        return kind == Kind.RATING ? Integer.valueOf(value) : null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value.toLowerCase(Locale.ROOT);
    }
}
