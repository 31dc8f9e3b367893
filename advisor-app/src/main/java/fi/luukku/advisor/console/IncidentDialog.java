package fi.luukku.advisor.console;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.console.KeyTable.Scope;
import fi.luukku.advisor.incident.IncidentViewModel;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The incident dialog: category by digit, severity by Alt+digit, a description, Ctrl+Enter to save. */
final class IncidentDialog {
    private final IncidentViewModel inc;
    private final KeyTable keys;
    private final VBox pane;

    IncidentDialog(IncidentViewModel inc, ViewKit kit) {
        this.inc = inc;
        this.keys = kit.keys();
        Texts texts = kit.texts();
        pane = Overlays.pane("incident-overlay", 900);
        pane.visibleProperty().bind(inc.openProperty());
        FlowPane cats = new FlowPane(8, 8);
        ToggleGroup cg = new ToggleGroup();
        int i = 1;
        for (IncidentViewModel.Category c : IncidentViewModel.Category.values()) {
            ToggleButton b = new ToggleButton(i + "  " + texts.get("incident.category." + c.name()));
            b.setId("incident-" + c.name());
            b.setToggleGroup(cg);
            b.setUserData(c);
            b.setOnAction(e -> inc.categoryProperty().set(c));
            cats.getChildren().add(b);
            i++;
        }
        ViewKit.selectToggle(cg, inc.categoryProperty().get());
        inc.categoryProperty().addListener((o, was, is) -> ViewKit.selectToggle(cg, is));
        FlowPane sev = new FlowPane(8, 8);
        ToggleGroup sg = new ToggleGroup();
        for (int s = 1; s <= 3; s++) {
            int level = s;
            ToggleButton b = new ToggleButton(ViewKit.withKey(texts.get("incident.severity." + s), "Alt+" + s));
            b.setToggleGroup(sg);
            b.setUserData(s);
            b.setOnAction(e -> inc.severityProperty().set(level));
            sev.getChildren().add(b);
        }
        ViewKit.selectToggle(sg, inc.severityProperty().get());
        inc.severityProperty().addListener((o, was, is) -> ViewKit.selectToggle(sg, is.intValue()));
        TextArea description = new TextArea();
        description.setId("incident-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(inc.descriptionProperty());
        Button save = kit.button("incident.save", Scope.INCIDENT, Command.CONFIRM, inc::save, inc.canSave());
        save.setId("btn-incident-save");
        Button cancel = kit.button("action.cancel", Scope.INCIDENT, Command.CLOSE, inc::cancel, null);
        inc.openProperty().addListener((o, was, is) -> {
            if (is) {
                Platform.runLater(() -> cats.getChildren().get(0).requestFocus());
            }
        });
        pane.getChildren()
                .addAll(
                        kit.header("incident.title"),
                        new Label(texts.get("incident.categoryHint")),
                        cats,
                        new Label(texts.get("incident.severity")),
                        sev,
                        new Label(texts.get("incident.description")),
                        description,
                        new HBox(10, save, cancel));
    }

    VBox root() {
        return pane;
    }

    boolean isOpen() {
        return inc.openProperty().get();
    }

    boolean handle(KeyEvent e, boolean typing) {
        var binding = keys.match(Scope.INCIDENT, e);
        if (binding.isPresent()) {
            switch (binding.get().command()) {
                case CLOSE -> inc.cancel();
                case CONFIRM -> inc.save();
                case SEVERITY -> inc.severityProperty().set(binding.get().argument());
                default -> {
                    return false;
                }
            }
            return true;
        }
        int d = Overlays.digit(e);
        if (!typing && Overlays.plain(e) && d >= 1 && d <= IncidentViewModel.Category.values().length) {
            inc.chooseCategoryNumber(d);
            return true;
        }
        return false;
    }
}
