package fi.luukku.kiosk.feedback;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * A five-face question (satisfaction, perceived safety): five large smiley buttons with words under them; keys
 * 1..5 work too.
 */
final class RatingView extends VBox {
    RatingView(ScaleQuestion model, Messages m, boolean portrait, boolean compact) {
        // landscape: a row of five, worst on the left; portrait: a column, best on top, word beside the face
        Pane row = portrait ? new VBox(20) : new HBox(compact ? 20 : 28);
        if (row instanceof VBox v) {
            v.setAlignment(Pos.CENTER);
            v.setMaxWidth(860);
        } else {
            ((HBox) row).setAlignment(Pos.CENTER); // equal heights, whatever the words' wrapping
        }
        double size = compact ? (portrait ? 90 : 120) : (portrait ? 130 : 190);
        for (int i = 1; i <= 5; i++) {
            int r = portrait ? 6 - i : i;
            int rating = r;
            Button b = new Button(m.get(model.key() + "." + r), new SmileyGraphic(r, size));
            b.setId(model.key() + "-" + r);
            b.setContentDisplay(portrait ? ContentDisplay.LEFT : ContentDisplay.TOP);
            b.getStyleClass().add(portrait ? "fb-smiley-row" : "fb-smiley");
            b.setWrapText(true);
            if (portrait) {
                b.setMaxWidth(Double.MAX_VALUE);
                b.setAlignment(Pos.CENTER_LEFT);
            } else {
                b.setPrefWidth(size + (compact ? 90 : 60));
                b.setMaxHeight(Double.MAX_VALUE);
            }
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
                        StepLayout.question(m.get(model.key() + ".question")),
                        row,
                        StepLayout.grow(),
                        StepLayout.navigation(m, model.canGoBack(), model::back, model::skip));
        setSpacing(compact ? 24 : 48);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
