package fi.luukku.kiosk;

import fi.luukku.core.config.Cli;
import fi.luukku.kiosk.feedback.FeedbackMain;
import java.io.PrintStream;
import javafx.application.Application;

/**
 * Entry point of the kiosk app (a plain class, so JavaFX starts from the classpath). {@code --mode feedback}
 * starts the exit feedback terminal instead of the lobby kiosk.
 */
public final class KioskMain {
    private KioskMain() {}

    public static void main(String[] args) {
        if (feedbackMode(args)) {
            FeedbackMain.main(args);
            return;
        }
        Cli.Outcome outcome = check(args, System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        Application.launch(KioskApp.class, args);
    }

    /** Validates the options before any window opens: 0 when usable, else 2 with a message naming the option. */
    static int checkConfig(String[] args, PrintStream err) {
        return check(args, System.out, err).exitCode();
    }

    static Cli.Outcome check(String[] args, PrintStream out, PrintStream err) {
        return Cli.check("luukku kiosk", () -> KioskConfig.parse(args), out, err);
    }

    static boolean feedbackMode(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mode") && i + 1 < args.length) {
                String mode = args[i + 1];
                if (mode.equals("feedback")) {
                    return true;
                }
                if (!mode.equals("kiosk") && !mode.equals("lobby")) {
                    System.err.println("luukku kiosk: --mode must be 'kiosk' or 'feedback', was '" + mode + "'");
                    System.exit(2);
                }
            } else if (args[i].equals("--mode=feedback")) {
                return true;
            }
        }
        return false;
    }
}
