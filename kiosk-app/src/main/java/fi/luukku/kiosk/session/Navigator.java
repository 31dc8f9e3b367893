package fi.luukku.kiosk.session;

import javafx.beans.property.ReadOnlyObjectProperty;

/** Moves between the kiosk's screens. */
public interface Navigator {

    ReadOnlyObjectProperty<Screen> screenProperty();

    Screen getScreen();

    void show(Screen target);

    /** One step back from the current screen. */
    void back();

    /** Back to the start screen, everything the last citizen chose forgotten. */
    void reset();
}
