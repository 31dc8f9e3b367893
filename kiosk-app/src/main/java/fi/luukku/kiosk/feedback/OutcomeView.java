package fi.luukku.kiosk.feedback;

import fi.luukku.core.domain.Outcome;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** Step 2: handled / started (pending) / not handled. */
final class OutcomeView extends VBox {
    OutcomeView(OutcomeViewModel model, Messages m) {
        VBox choices = new VBox(24);
        choices.setAlignment(Pos.CENTER);
        choices.setMaxWidth(1000);
        for (Outcome o : model.choices()) {
            Button b = StepLayout.choice(m.get("outcome." + o.name()), "outcome-" + o.name(), () -> model.choose(o));
            b.setMaxWidth(Double.MAX_VALUE);
            if (o == model.selectedProperty().get()) {
                b.getStyleClass().add("fb-selected");
            }
            choices.getChildren().add(b);
        }
        getChildren()
                .addAll(
                        StepLayout.grow(),
                        StepLayout.question(m.get("outcome.question")),
                        choices,
                        StepLayout.grow(),
                        StepLayout.navigation(m, model.canGoBack(), model::back, model::skip));
        setSpacing(48);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
