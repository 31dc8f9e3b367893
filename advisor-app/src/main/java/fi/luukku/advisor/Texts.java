package fi.luukku.advisor;

import fi.luukku.core.i18n.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's texts in one language, from the {@code messages} resource bundles (fi, sv, en complete). */
public final class Texts {
    public static final String BUNDLE = "fi.luukku.advisor.messages";

    private final ResourceBundle bundle;
    private final Language language;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language language) {
        return new Texts(language);
    }

    /** The texts for a customer's language code; Finnish when the code is unknown. */
    public static Texts forCode(String code) {
        return new Texts(Language.ofCode(code).orElse(Language.FI));
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

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), locale());
        return f.format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
