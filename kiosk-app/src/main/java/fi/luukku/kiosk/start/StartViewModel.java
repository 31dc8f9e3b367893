package fi.luukku.kiosk.start;

import fi.luukku.kiosk.i18n.LanguageOption;
import fi.luukku.kiosk.session.KioskSession;
import fi.luukku.kiosk.session.Navigator;
import fi.luukku.kiosk.session.Screen;
import java.util.List;

/** The start screen: the citizen picks a language, each named in itself. */
public final class StartViewModel {
    private final KioskSession session;
    private final Navigator navigator;

    public StartViewModel(KioskSession session, Navigator navigator) {
        this.session = session;
        this.navigator = navigator;
    }

    public List<LanguageOption> languages() {
        return session.messages().languages();
    }

    /** The language the kiosk shows now (the point's default until someone chooses). */
    public javafx.beans.value.ObservableStringValue language() {
        return session.languageProperty();
    }

    public void choose(String code) {
        session.userActivity();
        session.setLanguage(code);
        navigator.show(Screen.HOME);
    }
}
