package fi.luukku.kiosk.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kiosk's texts, from the resource bundles {@code fi/luukku/kiosk/i18n/messages_<code>.properties}. The
 * languages offered are exactly the bundles present: adding a language is adding a bundle (with the key
 * {@code language.name}, the language's name in itself, and {@code language.direction}, rtl or ltr). Citizen
 * texts are complete in every bundle; staff texts ({@code staff.*}, {@code sim.*}) are in Finnish, Swedish and
 * English, and other languages fall back to English for them.
 */
public final class Messages {
    public static final String BUNDLE = "fi.luukku.kiosk.i18n.messages";
    private static final List<String> PREFERRED_ORDER = List.of("fi", "sv", "en", "ru", "et", "uk", "so", "ar");

    /** Where a text missing from a language's bundle (staff texts) is taken from. */
    public static final String FALLBACK = "en";

    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final List<LanguageOption> languages;

    public Messages() {
        this.languages = discover();
    }

    public List<LanguageOption> languages() {
        return languages;
    }

    public boolean supports(String code) {
        return languages.stream().anyMatch(l -> l.code().equals(code));
    }

    /** The text for a key in a language; the key itself (never an exception) when missing. */
    public String get(String language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            // staff-only texts exist in the national languages and English; a citizen's language falls back
            if (!FALLBACK.equals(language) && supports(FALLBACK)) {
                return get(FALLBACK, key, args);
            }
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    /** Right-to-left for Arabic (and any other language whose bundle says so), else left-to-right. */
    public javafx.geometry.NodeOrientation orientation(String language) {
        return "rtl".equals(get(language, "language.direction"))
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT;
    }

    public boolean has(String language, String key) {
        return bundle(language).containsKey(key);
    }

    /** Every key of a language's bundle (for completeness tests). */
    public java.util.Set<String> keys(String language) {
        return bundle(language).keySet();
    }

    private ResourceBundle bundle(String language) {
        return bundles.computeIfAbsent(
                language,
                code -> ResourceBundle.getBundle(
                        BUNDLE,
                        Locale.forLanguageTag(code),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static List<LanguageOption> discover() {
        List<LanguageOption> found = new ArrayList<>();
        String base = BUNDLE.replace('.', '/');
        for (String code : Locale.getISOLanguages()) {
            if (Messages.class.getClassLoader().getResource(base + "_" + code + ".properties") != null) {
                ResourceBundle b = ResourceBundle.getBundle(
                        BUNDLE,
                        Locale.forLanguageTag(code),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                found.add(
                        new LanguageOption(code, b.containsKey("language.name") ? b.getString("language.name") : code));
            }
        }
        found.sort(Comparator.comparingInt((LanguageOption l) -> {
                    int i = PREFERRED_ORDER.indexOf(l.code());
                    return i < 0 ? PREFERRED_ORDER.size() : i;
                })
                .thenComparing(LanguageOption::code));
        return List.copyOf(found);
    }
}
