package fi.luukku.kiosk.feedback;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Step 3: yes / no; after "no", the reasons appear below (skippable too). */
final class AloneView extends VBox {
    AloneView(AloneViewModel model, Messages m) {
        HBox yesNo = new HBox(48);
        yesNo.setAlignment(Pos.CENTER);
        Button yes = StepLayout.choice(m.get("alone.yes"), "alone-yes", model::yes);
        Button no = StepLayout.choice(m.get("alone.no"), "alone-no", model::no);
        yes.getStyleClass().add("fb-yesno");
        no.getStyleClass().add("fb-yesno");
        yesNo.getChildren().addAll(yes, no);

        VBox why = new VBox(18);
        why.setAlignment(Pos.CENTER);
        why.setMaxWidth(1100);
        Label whyTitle = StepLayout.note(m.get("alone.why"), "fb-lead");
        why.getChildren().add(whyTitle);
        for (NotAloneReason r : model.reasons()) {
            Button b = StepLayout.choice(m.get("reason." + r.name()), "reason-" + r.name(), () -> model.reason(r));
            b.getStyleClass().add("fb-reason");
            b.setMaxWidth(Double.MAX_VALUE);
            why.getChildren().add(b);
        }
        why.visibleProperty().bind(model.askingWhy());
        why.managedProperty().bind(why.visibleProperty());
        model.answerProperty().addListener((o, a, v) -> mark(yes, no, v));
        mark(yes, no, model.answerProperty().get());

        getChildren()
                .addAll(
                        StepLayout.grow(),
                        StepLayout.question(m.get("alone.question")),
                        yesNo,
                        why,
                        StepLayout.grow(),
                        StepLayout.navigation(m, model.canGoBack(), model::back, model::skip));
        setSpacing(40);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }

    private static void mark(Button yes, Button no, Boolean answer) {
        yes.getStyleClass().remove("fb-selected");
        no.getStyleClass().remove("fb-selected");
        if (Boolean.TRUE.equals(answer)) {
            yes.getStyleClass().add("fb-selected");
        } else if (Boolean.FALSE.equals(answer)) {
            no.getStyleClass().add("fb-selected");
        }
    }
}
