package fi.luukku.kiosk.feedback;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Step 4: optional free text with the anonymity note always in view, and the on-screen keyboard. */
final class CommentView extends VBox {
    final TextArea text = new TextArea();

    CommentView(CommentViewModel model, Messages m, boolean portrait, boolean compact) {
        Label note = StepLayout.note(m.get("comment.anonymous"), "fb-privacy");
        note.setId("privacy-note");
        text.setId("comment");
        text.setWrapText(true);
        text.setPromptText(m.get("comment.placeholder"));
        text.textProperty().bindBidirectional(model.textProperty());
        text.setPrefRowCount(compact ? 2 : portrait ? 5 : 3);
        text.setMaxWidth(1400);
        text.getStyleClass().add("fb-comment");
        text.textProperty().addListener((o, a, b) -> text.positionCaret(b == null ? 0 : b.length()));
        Label remaining = new Label();
        remaining.getStyleClass().add("fb-hint");
        remaining.textProperty().bind(model.remaining().asString().map(n -> m.get("comment.remaining", n)));
        Button send = StepLayout.choice(m.get("comment.send"), "send", model::send);
        send.getStyleClass().add("fb-primary");
        HBox sendRow = new HBox(24, remaining, send);
        sendRow.setAlignment(Pos.CENTER_RIGHT);
        sendRow.setMaxWidth(1400);
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isControlDown()) {
                e.consume();
                model.send(); // keyboard users: Ctrl+Enter sends, Tab moves on
            } else if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                send.requestFocus();
            }
        });
        OnScreenKeyboard keyboard = new OnScreenKeyboard(model, m);
        getChildren()
                .addAll(
                        StepLayout.question(m.get("comment.question")),
                        note,
                        text,
                        sendRow,
                        keyboard,
                        StepLayout.navigation(m, model.canGoBack(), model::back, model::skip));
        setSpacing(compact ? 10 : portrait ? 28 : 18);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
