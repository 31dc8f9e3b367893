package fi.luukku.kiosk;

import fi.luukku.ui.Theme;
import javafx.application.Application;
import javafx.stage.Stage;

/** The lobby kiosk as a JavaFX application; {@link KioskRuntime} wires it. */
public class KioskApp extends Application {
    private final KioskRuntime runtime = new KioskRuntime();

    @Override
    public void start(Stage stage) {
        Theme.install(false);
        runtime.start(KioskConfig.parse(getParameters().getRaw().toArray(String[]::new)), stage);
    }

    @Override
    public void stop() {
        runtime.close();
    }
}
