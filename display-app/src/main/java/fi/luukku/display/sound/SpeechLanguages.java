package fi.luukku.display.sound;

import fi.luukku.core.i18n.Language;
import java.util.List;
import java.util.Optional;

/**
 * Which languages a call is spoken in. A language set on the display ({@code --speech-language}) wins. Otherwise
 * the call is spoken in each national language (Finnish, Swedish) of the point, in the point's order, so a
 * bilingual point such as Parainen (sv, fi) hears "Nummer K 5…" and then "Vuoronumero K 5…"; a point with
 * neither national language, or one not yet known, hears the fallback language.
 */
public final class SpeechLanguages {
    private static final List<Language> NATIONAL = List.of(Language.FI, Language.SV);

    private final Optional<Language> fixed;
    private final Language fallback;

    public SpeechLanguages(Optional<Language> fixed, Language fallback) {
        this.fixed = fixed;
        this.fallback = fallback;
    }

    /** Always this one language, whatever the point speaks. */
    public static SpeechLanguages only(Language language) {
        return new SpeechLanguages(Optional.of(language), language);
    }

    public List<Language> forCall(Announcement a) {
        if (fixed.isPresent()) {
            return List.of(fixed.get());
        }
        List<Language> national = a.pointLanguages().stream()
                .filter(NATIONAL::contains)
                .distinct()
                .toList();
        return national.isEmpty() ? List.of(fallback) : national;
    }
}
