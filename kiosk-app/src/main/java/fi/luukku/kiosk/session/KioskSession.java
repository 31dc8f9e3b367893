package fi.luukku.kiosk.session;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.kiosk.backend.KioskBackend;
import fi.luukku.kiosk.i18n.Messages;
import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What every kiosk screen may know about the citizen in front of it: their language, the point's catalog, the
 * special needs they declared, and the collaborators a screen needs to do its one job. Screens depend on this
 * (and on {@link Navigator} and {@link TicketDelivery}), never on the kiosk's composition.
 */
public interface KioskSession {

    Messages messages();

    KioskSettings settings();

    KioskBackend backend();

    TaskRunner runner();

    Clock clock();

    ReadOnlyStringProperty languageProperty();

    String getLanguage();

    /** Chooses the citizen's language (ignored for a language the kiosk has no texts for). */
    void setLanguage(String code);

    /** The language to tell the service: the citizen's own when the service accepts it, English otherwise. */
    String serviceLanguage();

    /** A text in the citizen's current language. */
    default String text(String key, Object... args) {
        return messages().get(getLanguage(), key, args);
    }

    ReadOnlyObjectProperty<KioskCatalog> catalogProperty();

    KioskCatalog getCatalog();

    /** The special needs of this citizen (cleared for the next one). */
    NeedsChoice needs();

    /** How often each choice was taken at this kiosk lately: orders the tiles. */
    ChoiceUsage usage();

    /** Any touch, key or scan: postpones the idle reset. */
    void userActivity();

    FeedbackLauncher feedback();
}
