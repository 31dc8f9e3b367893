package fi.luukku.kiosk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The terminal's full-screen window cannot be left by a citizen: not with Esc, not by closing it. */
@ExtendWith(ApplicationExtension.class)
class LockedWindowTest {
    static {
        if (System.getProperty("headless.geometry") == null) { // only if the toolkit is not configured yet
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        FeedbackTerminalApp.lockAgainstLeaving(stage); // Monocle cannot show a full-screen stage
        stage.show();
    }

    @Test
    void fullScreenCannotBeLeftWithAKeyAndShowsNoHint(FxRobot robot) {
        Stage[] s = new Stage[1];
        robot.interact(() -> {
            s[0] = new Stage();
            FeedbackTerminalApp.lockToFullScreen(s[0]);
        });
        assertThat(s[0].isFullScreen()).isTrue();
        assertThat(s[0].getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(s[0].getFullScreenExitHint()).isEmpty();
        assertThat(s[0].getOnCloseRequest()).isNotNull();
    }

    @Test
    void aCloseRequestIsIgnored(FxRobot robot) {
        robot.interact(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        // the control: an ordinary window does close on the same request
        Stage[] plain = new Stage[1];
        robot.interact(() -> {
            plain[0] = new Stage();
            plain[0].setScene(new Scene(new StackPane(), 200, 200));
            plain[0].show();
            Event.fireEvent(plain[0], new WindowEvent(plain[0], WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plain[0].isShowing()).isFalse();
    }
}
