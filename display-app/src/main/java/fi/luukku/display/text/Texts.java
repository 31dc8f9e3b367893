package fi.luukku.display.text;

import fi.luukku.core.i18n.Language;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The display's static texts in one language, from the {@code fi/luukku/display/messages} bundles. Lookups
 * never fall back to the machine's locale, so a Finnish screen on an English machine stays Finnish.
 */
public final class Texts {
    public static final String BUNDLE = "fi.luukku.display.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing text shows its key rather than failing the lobby screen
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    /** An estimated wait as a lobby can read it: "no queue", "under 5 min", "about 20 min", "about 1 h 10 min". */
    public String estimatedWait(int waiting, long seconds) {
        if (waiting <= 0) {
            return get("wait.none");
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 5) {
            return get("wait.under5");
        }
        if (minutes < 60) {
            long rounded = (minutes + 2) / 5 * 5; // to five minutes: an estimate must not look exact
            return get("wait.minutes", rounded);
        }
        long rounded = (minutes + 5) / 10 * 10;
        return get("wait.hours", rounded / 60, rounded % 60);
    }
}
