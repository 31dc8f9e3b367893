package fi.luukku.ui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places a window where the system property {@code luukku.window} (or {@code luukku.window.<role>} for a
 * secondary window such as the simulated printer) says: {@code x,y,width,height} in pixels. The demo launcher
 * passes it with {@code -D} so that the windows of the demo sit side by side; without it nothing changes. A
 * full-screen window keeps its full screen.
 */
public final class WindowPlacement {
    private static final Logger log = LoggerFactory.getLogger(WindowPlacement.class);
    public static final String PROPERTY = "luukku.window";

    private WindowPlacement() {}

    /** Places the app's main window. */
    public static void apply(Stage stage) {
        apply(stage, null);
    }

    /** Places a window of the given role ({@code printer}, {@code buttons}…), or the main one for null. */
    public static void apply(Stage stage, String role) {
        String key = role == null ? PROPERTY : PROPERTY + "." + role;
        String value = System.getProperty(key);
        if (value == null || value.isBlank() || stage.isFullScreen()) {
            return;
        }
        Optional<Rectangle2D> r = parse(value);
        if (r.isEmpty()) {
            log.warn("ignoring -D{}={}: expected x,y,width,height in pixels", key, value);
            return;
        }
        stage.setX(r.get().getMinX());
        stage.setY(r.get().getMinY());
        stage.setWidth(r.get().getWidth());
        stage.setHeight(r.get().getHeight());
    }

    /** {@code "0,0,800,600"} → a rectangle; empty for anything else (or a width or height under 100). */
    public static Optional<Rectangle2D> parse(String value) {
        String[] p = value.trim().split("\\s*,\\s*");
        if (p.length != 4) {
            return Optional.empty();
        }
        try {
            double x = Double.parseDouble(p[0]);
            double y = Double.parseDouble(p[1]);
            double w = Double.parseDouble(p[2]);
            double h = Double.parseDouble(p[3]);
            if (w < 100 || h < 100 || Double.isNaN(x) || Double.isNaN(y)) {
                return Optional.empty();
            }
            return Optional.of(new Rectangle2D(x, y, w, h));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
