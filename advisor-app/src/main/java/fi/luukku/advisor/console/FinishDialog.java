package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.console.KeyTable.Scope;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.desk.FinishViewModel;
import fi.luukku.core.domain.Outcome;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The finish dialog: outcome by digit, assessment by digit, Enter to finish. */
final class FinishDialog {
    private final FinishViewModel finish;
    private final KeyTable keys;
    private final VBox pane;

    FinishDialog(DeskViewModel desk, ViewKit kit) {
        this.finish = desk.finish();
        this.keys = kit.keys();
        Texts texts = kit.texts();
        pane = Overlays.pane("finish-overlay", 760);
        pane.visibleProperty().bind(finish.openProperty());
        FlowPane outcomes = new FlowPane(8, 8);
        ToggleGroup og = new ToggleGroup();
        int i = 1;
        for (Outcome o : Outcome.values()) {
            ToggleButton b = new ToggleButton(i + "  " + texts.get("outcome." + o.name()));
            b.setId("outcome-" + o.name());
            b.setToggleGroup(og);
            b.setUserData(o);
            b.setOnAction(e -> finish.chooseOutcome(o));
            outcomes.getChildren().add(b);
            i++;
        }
        finish.outcomeProperty().addListener((o, was, is) -> ViewKit.selectToggle(og, is));
        HBox grades = new HBox(8);
        ToggleGroup ag = new ToggleGroup();
        for (int g = 1; g <= 5; g++) {
            int grade = g;
            ToggleButton b = new ToggleButton(Integer.toString(g));
            b.setId("assessment-" + g);
            b.setToggleGroup(ag);
            b.setUserData(g);
            b.setOnAction(e -> finish.chooseAssessment(grade));
            grades.getChildren().add(b);
        }
        finish.assessmentProperty().addListener((o, was, is) -> ViewKit.selectToggle(ag, is.intValue()));
        Label summary = new Label();
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.format(
                                "finish.summary", desk.serviceEvents().events().size()),
                        desk.serviceEvents().events()));
        Button confirm = kit.button(
                "finish.confirm",
                Scope.FINISH,
                Command.CONFIRM,
                finish::confirm,
                desk.actions().canFinish());
        confirm.setId("btn-finish-confirm");
        finish.openProperty().addListener((o, was, is) -> {
            if (is) {
                Platform.runLater(confirm::requestFocus);
            }
        });
        Button cancel = kit.button("action.cancel", Scope.FINISH, Command.CLOSE, finish::cancel, null);
        pane.getChildren()
                .addAll(
                        kit.header("finish.title"),
                        new Label(texts.get("finish.outcomeHint")),
                        outcomes,
                        new Label(texts.get("finish.assessmentHint")),
                        grades,
                        summary,
                        new HBox(10, confirm, cancel));
    }

    VBox root() {
        return pane;
    }

    boolean isOpen() {
        return finish.openProperty().get();
    }

    /** The dialog's keys; true when the key was its. */
    boolean handle(KeyEvent e) {
        var binding = keys.match(Scope.FINISH, e);
        if (binding.isPresent()) {
            switch (binding.get().command()) {
                case CLOSE -> finish.cancel();
                case CONFIRM -> finish.confirm();
                case CHOOSE_AGAIN -> finish.clearChoices();
                default -> {
                    return false;
                }
            }
            return true;
        }
        int d = Overlays.plain(e) ? Overlays.digit(e) : -1;
        if (d < 1) {
            return false;
        }
        finish.digit(d);
        return true;
    }
}
