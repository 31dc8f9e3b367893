package fi.luukku.kiosk.feedback;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the visit's tracking code from what the scanner typed: the ticket's URL ({@code …/t/CODE}) or the code. */
public final class TrackingCodes {
    private static final Pattern URL = Pattern.compile("^https?://[^\\s]+/t/([A-Za-z0-9_-]{4,32})/?(?:[?#].*)?$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_-]{4,32}$");

    private TrackingCodes() {}

    public static Optional<String> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String s = scanned.strip();
        Matcher m = URL.matcher(s);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        if (CODE.matcher(s).matches()) {
            return Optional.of(s);
        }
        return Optional.empty();
    }
}
