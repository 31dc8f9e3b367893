package fi.luukku.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    private Scene scene;
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("Suomi");
        button.getStyleClass().add("touch-button");
        scene = new Scene(new StackPane(button), 400, 300);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void touchButtonsAreAtLeastFifteenMillimetresHigh() {
        WaitForAsyncUtils.waitForFxEvents();
        // 15 mm at the 96 dpi JavaFX assumes is about 57 px
        assertThat(button.getHeight()).isGreaterThanOrEqualTo(57);
    }

    @Test
    void highContrastAndLargeTextCanBeSwitchedOnAndOff() {
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.setHighContrast(scene, true);
            Theme.setLargeText(scene, true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot().getStyleClass()).contains(Theme.HIGH_CONTRAST, Theme.LARGE_TEXT);
        double largeFont = button.getFont().getSize();

        WaitForAsyncUtils.asyncFx(() -> Theme.setLargeText(scene, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(Theme.LARGE_TEXT);
        assertThat(button.getFont().getSize()).isLessThan(largeFont);
    }
}
