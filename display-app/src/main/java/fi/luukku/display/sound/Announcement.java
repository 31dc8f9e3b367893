package fi.luukku.display.sound;

import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.i18n.Language;
import java.util.List;

/**
 * A call to announce: the number and where to go, in every language the desk's name has.
 *
 * @param pointLanguages the point's languages in its own order (from the catalogue), empty when not known yet;
 *     the announcer speaks the call in the national ones among them (see {@link SpeechLanguages})
 */
public record Announcement(
        String number, String deskId, LocalizedText deskName, boolean recall, List<Language> pointLanguages) {

    public Announcement {
        pointLanguages = pointLanguages == null ? List.of() : List.copyOf(pointLanguages);
    }

    /** A call at a point whose languages are not known (spoken in the announcer's own language). */
    public Announcement(String number, String deskId, LocalizedText deskName, boolean recall) {
        this(number, deskId, deskName, recall, List.of());
    }
}
