package fi.luukku.kiosk.needs;

import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.kiosk.shell.KioskViewModel;
import fi.luukku.kiosk.shell.Screen;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The optional special-needs step: interpreter (and which language), hearing (call me visually), sight,
 * mobility, reading or understanding, more time. Skipping is one touch.
 */
public final class NeedsViewModel {
    /** The needs a citizen may declare at the kiosk (a security concern is for staff to record). */
    public static final List<SpecialNeed> OFFERED = List.of(
            SpecialNeed.INTERPRETER,
            SpecialNeed.HEARING,
            SpecialNeed.SIGHT,
            SpecialNeed.MOBILITY,
            SpecialNeed.READING,
            SpecialNeed.MORE_TIME);

    /** Interpreter languages offered, commonest at Finnish service points first. */
    public static final List<String> INTERPRETER_LANGUAGES = List.of(
            "ar", "so", "ru", "uk", "fa", "ku", "ti", "tr", "et", "sq", "vi", "zh", "th", "fr", "es", "en", "sv", "fi");

    private final KioskViewModel kiosk;
    private final Map<SpecialNeed, BooleanProperty> selected = new EnumMap<>(SpecialNeed.class);
    private final StringProperty interpreterLanguage = new SimpleStringProperty(this, "interpreterLanguage");

    public NeedsViewModel(KioskViewModel kiosk) {
        this.kiosk = kiosk;
        for (SpecialNeed n : OFFERED) {
            selected.put(n, new SimpleBooleanProperty(this, n.name()));
        }
        selected.get(SpecialNeed.INTERPRETER).addListener((o, was, on) -> {
            if (!on) {
                interpreterLanguage.set(null);
            }
        });
    }

    public BooleanProperty selectedProperty(SpecialNeed need) {
        return selected.get(need);
    }

    public StringProperty interpreterLanguageProperty() {
        return interpreterLanguage;
    }

    public void toggle(SpecialNeed need) {
        kiosk.userActivity();
        BooleanProperty p = selected.get(need);
        p.set(!p.get());
    }

    public void chooseInterpreterLanguage(String code) {
        kiosk.userActivity();
        selected.get(SpecialNeed.INTERPRETER).set(true);
        interpreterLanguage.set(code);
    }

    /** An interpreter language's name in itself and in the citizen's language, e.g. "العربية – arabia". */
    public String interpreterLanguageName(String code) {
        Locale l = Locale.forLanguageTag(code);
        String own = l.getDisplayLanguage(l);
        String inUi = l.getDisplayLanguage(Locale.forLanguageTag(kiosk.getLanguage()));
        own = own.isEmpty() ? code : own.substring(0, 1).toUpperCase(l) + own.substring(1);
        return own.equalsIgnoreCase(inUi) ? own : own + " – " + inUi;
    }

    public List<SpecialNeed> chosen() {
        List<SpecialNeed> out = new ArrayList<>();
        for (SpecialNeed n : OFFERED) {
            if (selected.get(n).get()) {
                out.add(n);
            }
        }
        return out;
    }

    public String getInterpreterLanguage() {
        return interpreterLanguage.get();
    }

    public void next() {
        kiosk.userActivity();
        kiosk.show(Screen.CONFIRM);
        kiosk.confirm().refresh();
    }

    public void skip() {
        clear();
        next();
    }

    public void clear() {
        selected.values().forEach(p -> p.set(false));
        interpreterLanguage.set(null);
    }
}
