package fi.luukku.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The suite's look: AtlantaFX Primer as the base, Luukku's own stylesheet on top, and two accessibility
 * switches a citizen or advisor can flip at any time: high contrast and large text.
 */
public final class Theme {
    public static final String STYLESHEET =
            Theme.class.getResource("luukku.css").toExternalForm();
    public static final String HIGH_CONTRAST = "high-contrast";
    public static final String LARGE_TEXT = "large-text";

    private Theme() {}

    /** Sets the application-wide base theme (call once, on the FX thread, before showing windows). */
    public static void install(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    public static void setHighContrast(Scene scene, boolean on) {
        toggle(scene, HIGH_CONTRAST, on);
    }

    public static void setLargeText(Scene scene, boolean on) {
        toggle(scene, LARGE_TEXT, on);
    }

    private static void toggle(Scene scene, String styleClass, boolean on) {
        var classes = scene.getRoot().getStyleClass();
        if (on && !classes.contains(styleClass)) {
            classes.add(styleClass);
        } else if (!on) {
            classes.remove(styleClass);
        }
    }
}
