package fi.luukku.kiosk.start;

import fi.luukku.kiosk.i18n.LanguageOption;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.shell.Screen;
import java.util.List;

/** The start screen: the citizen picks a language, each named in itself. */
public final class StartViewModel {
    private final KioskViewModel kiosk;

    public StartViewModel(KioskViewModel kiosk) {
        this.kiosk = kiosk;
    }

    public List<LanguageOption> languages() {
        return kiosk.messages().languages();
    }

    public void choose(String code) {
        kiosk.userActivity();
        kiosk.setLanguage(code);
        kiosk.show(Screen.HOME);
    }
}
