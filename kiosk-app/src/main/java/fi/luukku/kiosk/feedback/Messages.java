package fi.luukku.kiosk.feedback;

import fi.luukku.core.i18n.CitizenLanguage;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The feedback terminal's texts in one language, from {@code fi/luukku/kiosk/feedback/messages_*.properties}. */
public final class Messages {
    public static final String BUNDLE = "fi.luukku.kiosk.feedback.messages";

    private final CitizenLanguage language;
    private final ResourceBundle bundle;

    private Messages(CitizenLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(CitizenLanguage language) {
        return new Messages(
                language,
                ResourceBundle.getBundle(
                        BUNDLE,
                        language.locale(),
                        Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public CitizenLanguage language() {
        return language;
    }

    public String get(String key, Object... args) {
        if (!bundle.containsKey(key) && language != CitizenLanguage.EN) {
            return of(CitizenLanguage.EN).get(key, args); // staff texts: national languages and English only
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
