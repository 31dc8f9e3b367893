package fi.luukku.kiosk.feedback;

import fi.luukku.core.i18n.Language;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Start: the question in the terminal's language, a row of smileys as a promise, and the language buttons. */
final class StartView extends VBox {
    StartView(StartViewModel model, Messages m) {
        Label title = StepLayout.question(m.get("start.title"));
        title.getStyleClass().add("fb-start-title");
        HBox faces = new HBox(24);
        faces.setAlignment(Pos.CENTER);
        for (int r = 1; r <= 5; r++) {
            faces.getChildren().add(new SmileyGraphic(r, 96));
        }
        Label anonymous = StepLayout.note(m.get("start.anonymous"), "fb-lead");
        Label choose = StepLayout.note(m.get("start.chooseLanguage"), "fb-lead");
        FlowPane langs = new FlowPane(32, 24);
        langs.setAlignment(Pos.CENTER);
        for (Language l : model.languages()) {
            Button b = new Button(l.nativeName());
            b.setId("lang-" + l.code());
            b.getStyleClass().addAll("fb-choice", "fb-language");
            b.setOnAction(e -> model.choose(l));
            langs.getChildren().add(b);
        }
        Label scan = StepLayout.note(m.get("start.scanHint"), "fb-hint");
        getChildren().addAll(StepLayout.grow(), title, faces, anonymous, choose, langs, scan, StepLayout.grow());
        setSpacing(36);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
