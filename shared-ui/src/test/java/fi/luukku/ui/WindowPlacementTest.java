package fi.luukku.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void clear() {
        System.clearProperty(WindowPlacement.PROPERTY);
        System.clearProperty(WindowPlacement.PROPERTY + ".printer");
    }

    @Test
    void theSystemPropertyPlacesAndSizesTheWindow() {
        System.setProperty(WindowPlacement.PROPERTY, "960, 40, 700,500");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> WindowPlacement.apply(stage)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getX()).isEqualTo(960);
        assertThat(stage.getY()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(700);
        assertThat(stage.getHeight()).isEqualTo(500);
    }

    @Test
    void aRoleReadsItsOwnPropertyAndNothingSetChangesNothing() {
        double x = stage.getX();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> WindowPlacement.apply(stage, "printer")));
        assertThat(stage.getX()).isEqualTo(x);
        System.setProperty(WindowPlacement.PROPERTY + ".printer", "10,20,300,400");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> WindowPlacement.apply(stage, "printer")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getX()).isEqualTo(10);
        assertThat(stage.getHeight()).isEqualTo(400);
    }

    @Test
    void onlyFourNumbersWithARealSizeAreAccepted() {
        assertThat(WindowPlacement.parse("0,0,800,600")).contains(new Rectangle2D(0, 0, 800, 600));
        assertThat(WindowPlacement.parse("0,0,800")).isEmpty();
        assertThat(WindowPlacement.parse("a,0,800,600")).isEmpty();
        assertThat(WindowPlacement.parse("0,0,10,600")).isEmpty();
    }
}
