package fi.luukku.kiosk.feedback;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Step 1: five large smiley buttons with words under them; keys 1..5 work too. */
final class RatingView extends VBox {
    RatingView(RatingViewModel model, Messages m, boolean portrait) {
        FlowPane row = new FlowPane(portrait ? 16 : 28, 28);
        row.setAlignment(Pos.CENTER);
        double size = portrait ? 150 : 190;
        for (int r = 1; r <= 5; r++) {
            int rating = r;
            Button b = new Button(m.get("rating." + r), new SmileyGraphic(r, size));
            b.setId("rating-" + r);
            b.setContentDisplay(ContentDisplay.TOP);
            b.getStyleClass().add("fb-smiley");
            b.setWrapText(true);
            b.setPrefWidth(size + (portrait ? 36 : 60));
            b.setOnAction(e -> model.choose(rating));
            if (Integer.valueOf(r).equals(model.selectedProperty().get())) {
                b.getStyleClass().add("fb-selected");
            }
            row.getChildren().add(b);
        }
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && c.charAt(0) >= '1' && c.charAt(0) <= '5') {
                e.consume();
                model.choose(c.charAt(0) - '0');
            }
        });
        getChildren()
                .addAll(
                        StepLayout.grow(),
                        StepLayout.question(m.get("rating.question")),
                        row,
                        StepLayout.grow(),
                        StepLayout.navigation(m, model.canGoBack(), model::back, model::skip));
        setSpacing(48);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
