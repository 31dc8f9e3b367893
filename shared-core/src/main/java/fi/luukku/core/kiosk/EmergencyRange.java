package fi.luukku.core.kiosk;

/**
 * A static per-kiosk range of numbers (e.g. 900-949) the kiosk issues from when the service is away and no
 * reserved block for today is stored: at the start of the day before the first reservation, or after a
 * restart while offline. The service cannot reserve a block for tomorrow, so this is the fallback. Each
 * kiosk of a point must be given its own range.
 */
public record EmergencyRange(int first, int last) {

    public EmergencyRange {
        if (first < 0 || last < first || last > 999_999) {
            throw new IllegalArgumentException(
                    "an emergency range needs 0 <= first <= last, was " + first + "-" + last);
        }
    }

    /** Parses "900-949". */
    public static EmergencyRange parse(String text) {
        String[] parts = text.trim().split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected FIRST-LAST (e.g. 900-949), was '" + text + "'");
        }
        try {
            return new EmergencyRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected FIRST-LAST (e.g. 900-949), was '" + text + "'");
        }
    }
}
