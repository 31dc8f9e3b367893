package fi.luukku.display;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.ui.FxTaskRunner;
import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The display application: the composition root and the window. */
public final class DisplayApp extends Application {
    private DisplayComposition composition;
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        DisplayOptions options = DisplayOptions.parse(getParameters().getRaw().toArray(String[]::new));
        runner = new FxTaskRunner("display");
        LuukkuClient client = new LuukkuClient(
                options.client().server(), options::token, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        composition = new DisplayComposition(
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
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((o, a, full) -> scene.setCursor(full ? Cursor.NONE : Cursor.DEFAULT));
        if (options.fullscreen()) {
            stage.setFullScreen(true);
        }
        fi.luukku.ui.WindowPlacement.apply(stage); // -Dluukku.window=x,y,w,h (the demo lays windows side by side)
        stage.show();
        composition.start();
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
