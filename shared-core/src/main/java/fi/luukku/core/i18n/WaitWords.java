package fi.luukku.core.i18n;

import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.TicketDto;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A wait estimate in plain words for citizens, in every language: "less than 5 min", "about 15 min", "about
 * 10–20 min" when the likely range is wide, "waiting for a desk to open" while nobody serves the queue. Never says
 * "0 min". For the printed ticket, the kiosk confirmation, the tracking page and the displays.
 */
public final class WaitWords {
    /** A likely range at least this wide is shown as a range (rounded out to five minutes). */
    static final long WIDE_SECONDS = 10 * 60;

    /** The citizen languages the words exist in (the kiosk's eight); another code gets Finnish. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en", "ru", "et", "uk", "so", "ar");

    private WaitWords() {}

    public static String of(TicketDto t, Language language) {
        return of(t, language.code());
    }

    public static String of(QueueDto q, Language language) {
        return of(q, language.code());
    }

    /** A ticket's wait in a language given by its code ({@link #LANGUAGES}). */
    public static String of(TicketDto t, String languageCode) {
        return of(
                t.estimatedWaitSeconds(),
                t.estimateLowSeconds(),
                t.estimateHighSeconds(),
                t.noDeskOpen(),
                languageCode);
    }

    /** The wait of a ticket taken now in a queue, in a language given by its code ({@link #LANGUAGES}). */
    public static String of(QueueDto q, String languageCode) {
        return of(
                q.estimatedWaitSeconds(),
                q.estimateLowSeconds(),
                q.estimateHighSeconds(),
                q.noDeskOpen(),
                languageCode);
    }

    public static String of(long seconds, long lowSeconds, long highSeconds, boolean noDeskOpen, Language language) {
        return of(seconds, lowSeconds, highSeconds, noDeskOpen, language.code());
    }

    /**
     * @param seconds the best single figure
     * @param lowSeconds the low end of the likely range
     * @param highSeconds the high end of the likely range
     * @param noDeskOpen nobody serves the queue now
     * @param languageCode fi, sv, en, ru, et, uk, so or ar
     */
    public static String of(long seconds, long lowSeconds, long highSeconds, boolean noDeskOpen, String languageCode) {
        ResourceBundle b = ResourceBundle.getBundle(
                "fi.luukku.core.i18n.WaitWords",
                Locale.forLanguageTag(languageCode == null ? "fi" : languageCode),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        long low = Math.min(Math.max(0, lowSeconds), Math.max(0, seconds));
        long high = Math.max(Math.max(0, highSeconds), Math.max(0, seconds));
        if (noDeskOpen && seconds <= 0) {
            return b.getString("wait.noDesk");
        }
        String span = span(b, seconds, low, high);
        return noDeskOpen ? format(b, "wait.noDeskYet", span) : span;
    }

    private static String span(ResourceBundle b, long seconds, long low, long high) {
        if (high < 5 * 60 && seconds < 5 * 60) {
            return b.getString("wait.lessThan5");
        }
        long lo = floor5(low);
        long hi = ceil5(high);
        if (lo >= 60) {
            return b.getString("wait.overAnHour");
        }
        if (high - low >= WIDE_SECONDS) {
            return lo == 0 ? format(b, "wait.under", hi) : format(b, "wait.range", lo, hi);
        }
        return format(b, "wait.about", Math.max(1, roundMinutes(seconds)));
    }

    /** Minutes, to the nearest five from ten minutes up. */
    private static long roundMinutes(long seconds) {
        long m = Math.round(seconds / 60.0);
        return m < 10 ? m : Math.round(m / 5.0) * 5;
    }

    private static long floor5(long seconds) {
        return (seconds / 60) / 5 * 5;
    }

    private static long ceil5(long seconds) {
        return (long) Math.ceil(seconds / 60.0 / 5.0) * 5;
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        return new MessageFormat(b.getString(key), Locale.ROOT).format(args);
    }
}
