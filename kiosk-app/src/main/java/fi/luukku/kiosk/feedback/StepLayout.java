package fi.luukku.kiosk.feedback;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Building blocks shared by the step views: the question heading and the Back / Skip bar. */
final class StepLayout {
    private StepLayout() {}

    static Label question(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fb-question");
        l.setWrapText(true);
        l.setMaxWidth(1500);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return l;
    }

    static Label note(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(1400);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return l;
    }

    static Button choice(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("fb-choice");
        b.setId(id);
        b.setWrapText(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Back (when there is a step before) on the left, Skip on the right. */
    static HBox navigation(Messages m, boolean canGoBack, Runnable back, Runnable skip) {
        HBox bar = new HBox(24);
        bar.getStyleClass().add("fb-nav");
        bar.setAlignment(Pos.CENTER);
        if (canGoBack) {
            Button b = new Button("‹ " + m.get("nav.back"));
            b.setId("back");
            b.getStyleClass().add("fb-nav-button");
            b.setOnAction(e -> back.run());
            bar.getChildren().add(b);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button s = new Button(m.get("nav.skip") + " ›");
        s.setId("skip");
        s.getStyleClass().add("fb-nav-button");
        s.setOnAction(e -> skip.run());
        bar.getChildren().addAll(gap, s);
        return bar;
    }

    static VBox page(Node... children) {
        VBox v = new VBox(36, children);
        v.setAlignment(Pos.CENTER);
        v.getStyleClass().add("fb-page");
        v.setFillWidth(true);
        return v;
    }

    static Region grow() {
        Region r = new Region();
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
