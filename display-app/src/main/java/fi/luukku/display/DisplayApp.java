package fi.luukku.display;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.ui.FxTaskRunner;
import fi.luukku.ui.pairing.PairedDevice;
import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The display application: the composition root and the window. {@link PairedDevice} gives it its token (or
 * shows the pairing screen until it has one, and again when the token is revoked).
 */
public final class DisplayApp extends Application {
    private PairedDevice device;

    @Override
    public void start(Stage stage) {
        DisplayOptions options = DisplayOptions.parse(getParameters().getRaw().toArray(String[]::new));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        if (options.fullscreen()) {
            stage.setFullScreen(true);
        }
        device = pairedDevice(options, stage, PairedDevice.Timing.DEFAULT);
        device.start();
    }

    /** The display around its token: started with it, or after pairing; back to pairing when it is revoked. */
    public static PairedDevice pairedDevice(DisplayOptions options, Stage stage, PairedDevice.Timing timing) {
        return new PairedDevice(stage, options.client(), "display", client -> launch(options, client, stage), timing);
    }

    private static PairedDevice.App launch(DisplayOptions options, LuukkuClient client, Stage stage) {
        FxTaskRunner runner = new FxTaskRunner("display");
        DisplayComposition composition = new DisplayComposition(
                options,
                client,
                fi.luukku.display.feed.DisplayFeed.eventStreams(
                        client, options.client().point()),
                runner,
                (delay, action) -> {
                    PauseTransition p = new PauseTransition(Duration.millis(delay.toMillis()));
                    p.setOnFinished(e -> action.run());
                    p.play();
                },
                DisplayComposition.announcerFor(options),
                Clock.systemUTC());

        Scene scene = new Scene(composition.root(), options.width(), options.height());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        stage.setTitle(composition.title());
        stage.setScene(scene);
        stage.fullScreenProperty().addListener((o, a, full) -> scene.setCursor(full ? Cursor.NONE : Cursor.DEFAULT));
        if (!stage.isShowing()) {
            fi.luukku.ui.WindowPlacement.apply(stage); // -Dluukku.window=x,y,w,h (the demo lays windows side by side)
            stage.show();
        }
        composition.start();
        return () -> {
            composition.close();
            runner.close();
        };
    }

    @Override
    public void stop() {
        if (device != null) {
            device.close();
        }
    }
}
