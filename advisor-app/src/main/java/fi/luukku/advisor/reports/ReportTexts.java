package fi.luukku.advisor.reports;

import fi.luukku.core.i18n.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reports workspace's texts in one language, from their own {@code reports} bundles (fi, sv, en complete),
 * kept apart from the console's bundle so the two screens can change independently.
 */
public final class ReportTexts {
    public static final String BUNDLE = "fi.luukku.advisor.reports.reports";

    private final Language language;
    private final ResourceBundle bundle;

    private ReportTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportTexts of(Language language) {
        return new ReportTexts(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text of {@code key} if the bundle has it, else {@code fallback} (names that come from the service). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}
