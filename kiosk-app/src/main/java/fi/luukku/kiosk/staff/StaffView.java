package fi.luukku.kiosk.staff;

import fi.luukku.kiosk.i18n.Messages;
import fi.luukku.kiosk.ui.Ui;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The staff panel overlay: a PIN pad, then the kiosk's status and the exit from kiosk mode. */
public final class StaffView {
    private final StaffViewModel vm;
    private final Messages messages;
    private final String language;

    public StaffView(StaffViewModel vm, Messages messages, String language) {
        this.vm = vm;
        this.messages = messages;
        this.language = language;
    }

    private ReadOnlyStringWrapper t(String key) {
        return new ReadOnlyStringWrapper(messages.get(language, key));
    }

    public Region createView() {
        Label title = Ui.label(t("staff.title"), "section-title");
        Label pinLabel = Ui.label(t("staff.pin"), "subtitle-text");
        Label dots = new Label();
        dots.setId("staff-pin-dots");
        dots.textProperty().bind(vm.pinDotsProperty());
        dots.getStyleClass().add("code-field");
        dots.setMinWidth(300);
        dots.setAlignment(Pos.CENTER);
        Label wrong = Ui.label(t("staff.wrongPin"), "warning");
        wrong.visibleProperty()
                .bind(vm.wrongPinProperty().and(vm.lockedOutProperty().not()));
        Label lockedText = Ui.label(t("staff.locked"), "warning");
        lockedText.setId("staff-locked");
        lockedText.visibleProperty().bind(vm.lockedOutProperty());
        lockedText.managedProperty().bind(lockedText.visibleProperty());
        GridPane pad = new GridPane();
        pad.setHgap(8);
        pad.setVgap(8);
        pad.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            int digit = d;
            pad.add(
                    Ui.button("pin-" + d, new ReadOnlyStringWrapper("" + d), () -> vm.digit(digit), "key"),
                    (d - 1) % 3,
                    (d - 1) / 3);
        }
        pad.add(Ui.button("pin-clear", new ReadOnlyStringWrapper("C"), vm::clearPin, "key"), 0, 3);
        pad.add(Ui.button("pin-0", new ReadOnlyStringWrapper("0"), () -> vm.digit(0), "key"), 1, 3);
        pad.add(Ui.button("pin-ok", new ReadOnlyStringWrapper("OK"), vm::enter, "key", "accent"), 2, 3);
        VBox locked = new VBox(12, pinLabel, dots, wrong, lockedText, pad);
        locked.setAlignment(Pos.CENTER);
        locked.visibleProperty().bind(vm.unlockedProperty().not());
        locked.managedProperty().bind(locked.visibleProperty());

        Label status = new Label();
        status.setId("staff-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(700);
        Button exit = Ui.button("staff-exit", t("staff.exit"), vm::exitKiosk, "danger");
        Button refresh = Ui.button("staff-refresh", t("staff.refresh"), vm::refresh);
        VBox unlocked = new VBox(16, status, new HBox(16, refresh, exit));
        unlocked.setAlignment(Pos.CENTER);
        unlocked.visibleProperty().bind(vm.unlockedProperty());
        unlocked.managedProperty().bind(unlocked.visibleProperty());

        Button close = Ui.button("staff-close", t("staff.close"), vm::close);
        VBox panel = new VBox(16, title, locked, unlocked, close);
        panel.setAlignment(Pos.CENTER);
        panel.setPadding(new Insets(32));
        panel.getStyleClass().add("overlay-panel");
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane overlay = new StackPane(panel);
        overlay.getStyleClass().add("overlay-dim");
        overlay.visibleProperty().bind(vm.openProperty());
        overlay.setId("staff-panel");
        return overlay;
    }
}
