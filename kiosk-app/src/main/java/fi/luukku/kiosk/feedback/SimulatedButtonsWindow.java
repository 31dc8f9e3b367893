package fi.luukku.kiosk.feedback;

import fi.luukku.core.device.buttons.ButtonAnswer;
import fi.luukku.core.device.buttons.ButtonBox;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The button box's on-screen twin for the demo: one button per configured answer, each sending that answer's
 * byte through the same {@link ButtonBox} filter as the real device (so hammering it shows burst protection).
 */
public final class SimulatedButtonsWindow {
    private final Stage stage = new Stage();

    public SimulatedButtonsWindow(ButtonBox box, Messages m, Window owner) {
        Map<ButtonAnswer, Integer> firstByte = new LinkedHashMap<>();
        box.map().entries().forEach((b, a) -> firstByte.putIfAbsent(a, b));
        HBox row = new HBox(12);
        row.setPadding(new Insets(16));
        row.setAlignment(Pos.CENTER);
        firstByte.forEach((answer, b) -> {
            Button button = new Button(answer.toString());
            button.setId("sim-" + b);
            if (answer.kind() == ButtonAnswer.Kind.RATING) {
                button.setGraphic(new SmileyGraphic(answer.ratingValue(), 64));
                button.setText("");
            }
            button.setOnAction(e -> box.press(b));
            button.setMinSize(88, 88);
            row.getChildren().add(button);
        });
        stage.setTitle(m.get("sim.title"));
        stage.setScene(new Scene(row));
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    /** Shows the box in the screen's bottom-right corner, out of the way of the terminal's content. */
    public void show() {
        stage.show();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMaxX() - stage.getWidth() - 24);
        stage.setY(screen.getMaxY() - stage.getHeight() - 48);
        fi.luukku.ui.WindowPlacement.apply(stage, "buttons");
        stage.setAlwaysOnTop(true);
    }

    public void close() {
        stage.close();
    }
}
