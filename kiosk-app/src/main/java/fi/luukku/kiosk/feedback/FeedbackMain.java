package fi.luukku.kiosk.feedback;

import fi.luukku.core.config.Cli;
import javafx.application.Application;

/**
 * Entry point of the feedback terminal ({@code KioskMain --mode feedback} calls this; a plain class so JavaFX
 * starts from the classpath). The options are checked before any window opens, so a typo stops the terminal
 * with a message naming the option.
 */
public final class FeedbackMain {
    private FeedbackMain() {}

    public static void main(String[] args) {
        String[] clean = withoutMode(args);
        Cli.Outcome outcome = Cli.check("luukku feedback", () -> FeedbackOptions.parse(clean), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        Application.launch(FeedbackTerminalApp.class, clean);
    }

    /** Drops {@code --mode feedback}, which belongs to the kiosk's launcher. */
    static String[] withoutMode(String[] args) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mode") && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith("--mode=")) {
                out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }
}
