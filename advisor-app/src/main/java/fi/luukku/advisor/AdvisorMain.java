package fi.luukku.advisor;

import fi.luukku.core.config.ConfigException;
import javafx.application.Application;

/** Entry point of the advisor app (a plain class, so JavaFX starts from the classpath). */
public final class AdvisorMain {
    private AdvisorMain() {}

    public static void main(String[] args) {
        try {
            AdvisorSettings.parse(args); // fail fast, before any window, with a message naming the option
        } catch (ConfigException e) {
            System.err.println("luukku advisor: " + e.getMessage());
            System.exit(2);
            return;
        }
        Application.launch(AdvisorApp.class, args);
    }
}
