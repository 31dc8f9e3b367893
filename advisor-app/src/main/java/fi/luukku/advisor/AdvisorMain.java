package fi.luukku.advisor;

import fi.luukku.core.config.Cli;
import javafx.application.Application;

/** Entry point of the advisor app (a plain class, so JavaFX starts from the classpath). */
public final class AdvisorMain {
    private AdvisorMain() {}

    public static void main(String[] args) {
        // fail fast, before any window, with a message naming the option
        Cli.Outcome outcome = Cli.check("luukku advisor", () -> AdvisorSettings.parse(args), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        Application.launch(AdvisorApp.class, args);
    }
}
