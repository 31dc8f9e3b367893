package fi.luukku.kiosk.feedback;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Step 5: thank you (returns to the start by itself). */
final class ThanksView extends VBox {
    ThanksView(ThanksViewModel model, Messages m) {
        boolean answered = model.answeredProperty().get();
        Label title = StepLayout.question(answered ? m.get("thanks.title") : m.get("thanks.nothing"));
        title.setId("thanks");
        title.getStyleClass().add("fb-start-title");
        SmileyGraphic smile = new SmileyGraphic(5, 220);
        Label body = StepLayout.note(answered ? m.get("thanks.body") : "", "fb-lead");
        Button done = StepLayout.choice(m.get("nav.done"), "done", model::done);
        getChildren().addAll(StepLayout.grow(), smile, title, body, done, StepLayout.grow());
        setSpacing(40);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
