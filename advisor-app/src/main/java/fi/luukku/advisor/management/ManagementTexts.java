package fi.luukku.advisor.management;

import fi.luukku.core.i18n.Language;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The management workspace's texts, from its own {@code messages} bundles (fi, sv, en complete). */
public final class ManagementTexts {
    public static final String BUNDLE = "fi.luukku.advisor.management.messages";

    private final ResourceBundle bundle;
    private final Language language;

    public ManagementTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for the key, or {@code fallback} when the bundle has none (a field the service added later). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }
}
