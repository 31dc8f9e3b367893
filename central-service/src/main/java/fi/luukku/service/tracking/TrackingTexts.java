package fi.luukku.service.tracking;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone page's words, one resource bundle per language ({@code tracking_xx.properties}, UTF-8). The page
 * speaks more languages than the rest of the suite's fi/sv/en core because a citizen reads it alone.
 */
public final class TrackingTexts {
    /** The languages of the page, in the order the language links show them. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en", "ru", "et", "uk", "so", "ar");

    private static final Map<String, TrackingTexts> CACHE = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String lang;
    private final ResourceBundle bundle;

    private TrackingTexts(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(
                "fi.luukku.service.tracking.tracking", Locale.forLanguageTag(lang), NO_FALLBACK);
    }

    /** The texts in a supported language. */
    public static TrackingTexts of(String lang) {
        String l = supported(lang).orElse("fi");
        return CACHE.computeIfAbsent(l, TrackingTexts::new);
    }

    /** The language code if the page has it ({@code sv-FI} counts as {@code sv}). */
    public static Optional<String> supported(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        String base = dash > 0 ? c.substring(0, dash) : c;
        return LANGUAGES.contains(base) ? Optional.of(base) : Optional.empty();
    }

    /**
     * The first supported language of an {@code Accept-Language} header, by the order the browser gives (the
     * weights of real browsers descend in that order).
     */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split(",")) {
            String tag = part.split(";")[0];
            Optional<String> s = supported(tag);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    public String lang() {
        return lang;
    }

    /** {@code rtl} for Arabic, otherwise {@code ltr}. */
    public String direction() {
        return "ar".equals(lang) ? "rtl" : "ltr";
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }
}
