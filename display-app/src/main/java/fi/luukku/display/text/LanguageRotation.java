package fi.luukku.display.text;

import fi.luukku.core.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rotates the display's static texts through the point's languages, one language for a while, then the
 * next. Pure and clock-driven: {@link #tick(Instant)} says when the language changed.
 */
public final class LanguageRotation {
    private final Duration period;
    private final Map<Language, Texts> texts = new ConcurrentHashMap<>();
    private List<Language> languages = List.of(Language.FI, Language.SV, Language.EN);
    private int index;
    private Instant switchAt;

    public LanguageRotation(List<Language> languages, Duration period) {
        this.period = period;
        setLanguages(languages);
    }

    /** Parses codes such as {@code fi,sv,en}; unknown codes are skipped, an empty result means fi, sv, en. */
    public static List<Language> parse(List<String> codes) {
        List<Language> l = new ArrayList<>();
        if (codes != null) {
            for (String c : codes) {
                Language.ofCode(c == null ? null : c.trim())
                        .filter(x -> !l.contains(x))
                        .ifPresent(l::add);
            }
        }
        return l;
    }

    /** Changes the languages (e.g. to the point's own list), starting again from the first. */
    public void setLanguages(List<Language> list) {
        List<Language> l = list == null || list.isEmpty() ? List.of(Language.FI, Language.SV, Language.EN) : list;
        if (!l.equals(languages)) {
            languages = List.copyOf(l);
            index = 0;
            switchAt = null;
        }
    }

    public List<Language> languages() {
        return languages;
    }

    public Language current() {
        return languages.get(index % languages.size());
    }

    public Texts texts() {
        return texts(current());
    }

    public Texts texts(Language l) {
        return texts.computeIfAbsent(l, Texts::new);
    }

    /** Advances the rotation; true when the language changed. */
    public boolean tick(Instant now) {
        if (switchAt == null) {
            switchAt = now.plus(period);
            return false;
        }
        if (languages.size() < 2 || now.isBefore(switchAt)) {
            return false;
        }
        index = (index + 1) % languages.size();
        switchAt = now.plus(period);
        return true;
    }
}
