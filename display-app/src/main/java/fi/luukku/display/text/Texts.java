package fi.luukku.display.text;

import fi.luukku.core.api.QueueDto;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.i18n.WaitWords;
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

    /**
     * The wait of a ticket taken now in a queue as a lobby can read it, in the shared wording of {@link WaitWords}:
     * "No queue", "less than 5 min", "about 10–20 min" when the likely range is wide, "waiting for a desk to open"
     * while nobody serves the queue.
     */
    public String estimatedWait(QueueDto q) {
        if (q.waiting() <= 0 && !q.noDeskOpen()) {
            return get("wait.none");
        }
        return WaitWords.of(q, language);
    }

    /** A single-figure estimate (no range known) in the same words. */
    public String estimatedWait(int waiting, long seconds) {
        if (waiting <= 0) {
            return get("wait.none");
        }
        return WaitWords.of(seconds, seconds, seconds, false, language);
    }
}
