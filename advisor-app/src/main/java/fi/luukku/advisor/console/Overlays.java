package fi.luukku.advisor.console;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The frame every console dialog shares, and the digit and plain-key reading their keys need. */
final class Overlays {
    private Overlays() {}

    static VBox pane(String id, double maxWidth) {
        VBox pane = new VBox(10);
        pane.setId(id);
        pane.getStyleClass().add("console-overlay");
        pane.setPadding(new Insets(20));
        pane.setMaxWidth(maxWidth);
        pane.setMaxHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    /** A dialog that scrolls when the window is too low for it, so nothing of it is ever cut off. */
    static ScrollPane scrolling(VBox pane) {
        ScrollPane s = new ScrollPane(pane);
        s.setFitToWidth(true);
        s.getStyleClass().add("overlay-scroll");
        s.setMaxWidth(pane.getMaxWidth() + 20);
        s.setMaxHeight(Region.USE_PREF_SIZE);
        s.visibleProperty().bind(pane.visibleProperty());
        s.managedProperty().bind(pane.visibleProperty());
        return s;
    }

    static int digit(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c.isDigitKey()) {
            String name = c.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    static boolean plain(KeyEvent e) {
        return !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
    }
}
