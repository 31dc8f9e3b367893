package fi.luukku.kiosk.session;

import fi.luukku.core.domain.SpecialNeed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The special needs one citizen declared (all optional), and the interpreter's language when asked. */
public final class NeedsChoice {
    /** The needs a citizen may declare at the kiosk (a security concern is for staff to record). */
    public static final List<SpecialNeed> OFFERED = List.of(
            SpecialNeed.INTERPRETER,
            SpecialNeed.HEARING,
            SpecialNeed.SIGHT,
            SpecialNeed.MOBILITY,
            SpecialNeed.READING,
            SpecialNeed.MORE_TIME);

    private final Map<SpecialNeed, BooleanProperty> selected = new EnumMap<>(SpecialNeed.class);
    private final StringProperty interpreterLanguage = new SimpleStringProperty(this, "interpreterLanguage");

    public NeedsChoice() {
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

    public String getInterpreterLanguage() {
        return interpreterLanguage.get();
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

    /** The chosen needs as the API's codes. */
    public List<String> codes() {
        return chosen().stream().map(SpecialNeed::name).toList();
    }

    public void clear() {
        selected.values().forEach(p -> p.set(false));
        interpreterLanguage.set(null);
    }
}
