package fi.luukku.display;

import fi.luukku.core.config.Cli;
import javafx.application.Application;

/** Entry point of the display app (a plain class, so JavaFX starts from the classpath). */
public final class DisplayMain {
    private DisplayMain() {}

    public static void main(String[] args) {
        // fail fast, before a window opens
        Cli.Outcome outcome = Cli.check("luukku display", () -> DisplayOptions.parse(args), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        Application.launch(DisplayApp.class, args);
    }
}
