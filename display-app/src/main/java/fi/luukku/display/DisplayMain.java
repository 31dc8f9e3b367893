package fi.luukku.display;

import fi.luukku.core.config.ConfigException;
import javafx.application.Application;

/** Entry point of the display app (a plain class, so JavaFX starts from the classpath). */
public final class DisplayMain {
    private DisplayMain() {}

    public static void main(String[] args) {
        try {
            DisplayOptions.parse(args); // fail fast, before a window opens
        } catch (ConfigException e) {
            System.err.println("luukku display: " + e.getMessage());
            System.err.println("usage: display --server URL --point ID [--token T] [--data DIR] [--fullscreen]"
                    + " [--desk ID] [--sound chime|speech|off] [--languages fi,sv,en] [--speech-language fi]"
                    + " [--size 1920x1080] [--hold-seconds 5] [--resync-after-seconds 5]");
            System.exit(2);
            return;
        }
        Application.launch(DisplayApp.class, args);
    }
}
