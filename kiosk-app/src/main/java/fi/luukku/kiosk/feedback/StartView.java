package fi.luukku.kiosk.feedback;

import fi.luukku.core.i18n.CitizenLanguage;
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
            // the smileys answer at once: a tap starts the survey in the point's first language
            int value = r;
            Button face = new Button();
            face.setGraphic(new SmileyGraphic(r, 96));
            face.setId("start-rating-" + r);
            face.getStyleClass().add("fb-start-face");
            face.setAccessibleText(m.get("rating." + r));
            face.setOnAction(e -> model.rate(value));
            face.setFocusTraversable(false); // keyboard users start with the language, then rate with 1–5
            faces.getChildren().add(face);
        }
        Label anonymous = StepLayout.note(m.get("start.anonymous"), "fb-lead");
        Label choose = StepLayout.note(m.get("start.chooseLanguage"), "fb-lead");
        FlowPane langs = new FlowPane(32, 24);
        langs.setAlignment(Pos.CENTER);
        for (CitizenLanguage l : model.languages()) {
            Button b = new Button(l.nativeName());
            b.setId("lang-" + l.code());
            b.getStyleClass().addAll("fb-choice", "fb-language");
            b.setOnAction(e -> model.choose(l));
            b.setNodeOrientation(
                    l.rightToLeft()
                            ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                            : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
            langs.getChildren().add(b);
        }
        Label scan = StepLayout.note(m.get("start.scanHint"), "fb-hint");
        getChildren().addAll(StepLayout.grow(), title, faces, anonymous, choose, langs, scan, StepLayout.grow());
        setSpacing(36);
        setAlignment(Pos.CENTER);
        getStyleClass().add("fb-page");
    }
}
