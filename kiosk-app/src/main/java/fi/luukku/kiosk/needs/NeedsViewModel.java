package fi.luukku.kiosk.needs;

import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.kiosk.session.KioskSession;
import fi.luukku.kiosk.session.Navigator;
import fi.luukku.kiosk.session.NeedsChoice;
import fi.luukku.kiosk.session.Screen;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * Special support, one optional button away from the home screen: interpreter (and which language), hearing
 * (call me visually), sight, mobility, reading or understanding, more time. "Done" goes back to the tiles, where
 * the next tap prints the ticket with these needs.
 */
public final class NeedsViewModel {
    public static final List<SpecialNeed> OFFERED = NeedsChoice.OFFERED;

    /** Interpreter languages offered, commonest at Finnish service points first. */
    public static final List<String> INTERPRETER_LANGUAGES = List.of(
            "ar", "so", "ru", "uk", "fa", "ku", "ti", "tr", "et", "sq", "vi", "zh", "th", "fr", "es", "en", "sv", "fi");

    private final KioskSession session;
    private final Navigator navigator;

    public NeedsViewModel(KioskSession session, Navigator navigator) {
        this.session = session;
        this.navigator = navigator;
    }

    public BooleanProperty selectedProperty(SpecialNeed need) {
        return session.needs().selectedProperty(need);
    }

    public StringProperty interpreterLanguageProperty() {
        return session.needs().interpreterLanguageProperty();
    }

    public void toggle(SpecialNeed need) {
        session.userActivity();
        BooleanProperty p = selectedProperty(need);
        p.set(!p.get());
    }

    /** Chooses (or, tapped again, clears) the interpreter's language; choosing one also asks for an interpreter. */
    public void chooseInterpreterLanguage(String code) {
        session.userActivity();
        if (code.equals(interpreterLanguageProperty().get())) {
            interpreterLanguageProperty().set(null);
            return;
        }
        selectedProperty(SpecialNeed.INTERPRETER).set(true);
        interpreterLanguageProperty().set(code);
    }

    /** An interpreter language's name in itself and in the citizen's language, e.g. "العربية – arabia". */
    public String interpreterLanguageName(String code) {
        return nameOf(code, session.getLanguage());
    }

    /** A language's name in itself and, when different, in {@code uiLanguage}. */
    public static String nameOf(String code, String uiLanguage) {
        String own = ownName(code);
        String inUi = uiName(code, uiLanguage);
        return inUi.isEmpty() ? own : own + " – " + inUi;
    }

    /** A language's name in itself ("العربية", "ትግርኛ"), capitalised as its speakers write it. */
    public static String ownName(String code) {
        Locale l = Locale.forLanguageTag(code);
        String own = l.getDisplayLanguage(l);
        return own.isEmpty() || own.equals(code) ? code : own.substring(0, 1).toUpperCase(l) + own.substring(1);
    }

    /** A language's name in the citizen's language, or "" when that is the same as its own name. */
    public static String uiName(String code, String uiLanguage) {
        Locale l = Locale.forLanguageTag(code);
        String inUi = l.getDisplayLanguage(Locale.forLanguageTag(uiLanguage));
        return inUi.isEmpty() || inUi.equals(code) || inUi.equalsIgnoreCase(ownName(code)) ? "" : inUi;
    }

    public List<SpecialNeed> chosen() {
        return session.needs().chosen();
    }

    public String getInterpreterLanguage() {
        return session.needs().getInterpreterLanguage();
    }

    /** The needs chosen so far in the citizen's language ("" for none). */
    public String summary() {
        return summary(session);
    }

    /** The needs a session's citizen chose, in their language ("" for none). */
    public static String summary(KioskSession session) {
        String interpreter = session.needs().getInterpreterLanguage();
        return session.needs().chosen().stream()
                .map(n -> n == SpecialNeed.INTERPRETER && interpreter != null
                        ? session.text("need." + n.name()) + " (" + nameOf(interpreter, session.getLanguage()) + ")"
                        : session.text("need." + n.name()))
                .collect(Collectors.joining(", "));
    }

    /** Back to the tiles with these needs. */
    public void done() {
        session.userActivity();
        navigator.show(Screen.HOME);
    }

    /** Forget the needs and go back to the tiles. */
    public void cancel() {
        session.needs().clear();
        done();
    }
}
