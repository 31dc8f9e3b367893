package fi.luukku.kiosk;

import fi.luukku.ui.Theme;
import fi.luukku.ui.pairing.PairedDevice;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The lobby kiosk as a JavaFX application; {@link KioskRuntime} wires it, {@link PairedDevice} gives it its token
 * (or shows the pairing screen until it has one).
 */
public class KioskApp extends Application {
    private PairedDevice device;

    @Override
    public void start(Stage stage) {
        Theme.install(false);
        device = pairedDevice(
                KioskConfig.parse(getParameters().getRaw().toArray(String[]::new)), stage, PairedDevice.Timing.DEFAULT);
        device.start();
    }

    /** The kiosk around its token: started with it, or after pairing; back to pairing when it is revoked. */
    public static PairedDevice pairedDevice(KioskConfig cfg, Stage stage, PairedDevice.Timing timing) {
        return new PairedDevice(
                stage,
                cfg.client(),
                "kiosk",
                client -> {
                    KioskRuntime runtime = new KioskRuntime();
                    runtime.start(cfg, client, stage);
                    return new PairedDevice.App() {
                        @Override
                        public fi.luukku.core.device.pairing.DeviceState state() {
                            return runtime.state();
                        }

                        @Override
                        public void close() {
                            runtime.close();
                        }
                    };
                },
                timing);
    }

    @Override
    public void stop() {
        if (device != null) {
            device.close();
        }
    }
}
