package fi.luukku.kiosk.feedback;

import fi.luukku.core.device.buttons.ButtonStats;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The staff overlay: a PIN pad, then the number of answers waiting to be sent. */
final class StaffView extends StackPane {
    StaffView(StaffViewModel model, Messages m, ObservableIntegerValue unsavedCount) {
        getStyleClass().add("fb-staff-overlay");
        VBox panel = new VBox(20);
        panel.getStyleClass().add("fb-staff-panel");
        panel.setAlignment(Pos.CENTER);
        panel.setMaxSize(720, 760);

        Label title = new Label(m.get("staff.title"));
        title.getStyleClass().add("fb-staff-title");

        // locked: PIN pad
        VBox locked = new VBox(16);
        locked.setAlignment(Pos.CENTER);
        Label pinLabel = new Label(m.get("staff.pin"));
        Label dots = new Label();
        dots.setId("staff-pin-dots");
        dots.getStyleClass().add("fb-staff-dots");
        dots.textProperty().bind(model.enteredProperty());
        Label wrong = new Label(m.get("staff.wrongPin"));
        wrong.getStyleClass().add("fb-staff-warning");
        GridPane pad = new GridPane();
        pad.setHgap(12);
        pad.setVgap(12);
        pad.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            pad.add(padKey(Integer.toString(d), "pin-" + d, digit(model, d)), (d - 1) % 3, (d - 1) / 3);
        }
        pad.add(padKey(m.get("staff.clear"), "pin-clear", model::clearDigits), 0, 3);
        pad.add(padKey("0", "pin-0", digit(model, 0)), 1, 3);
        pad.add(padKey(m.get("staff.ok"), "pin-ok", model::submitPin), 2, 3);
        pad.disableProperty().bind(model.lockedOutProperty());
        wrong.visibleProperty()
                .bind(model.wrongPinProperty().and(model.lockedOutProperty().not()));
        wrong.managedProperty().bind(wrong.visibleProperty());
        Label lockout = new Label(m.get("staff.lockedOut"));
        lockout.setId("staff-locked-out");
        lockout.getStyleClass().add("fb-staff-warning");
        lockout.setWrapText(true);
        lockout.visibleProperty().bind(model.lockedOutProperty());
        lockout.managedProperty().bind(lockout.visibleProperty());
        locked.getChildren().addAll(pinLabel, dots, pad, wrong, lockout);

        // unlocked: the numbers
        VBox info = new VBox(16);
        info.setAlignment(Pos.CENTER_LEFT);
        Label pending = new Label();
        pending.setId("staff-pending");
        pending.getStyleClass().add("fb-staff-number");
        pending.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                "staff.pending",
                                Math.max(0, model.pendingProperty().get())),
                        model.pendingProperty()));
        Label rejected = new Label();
        rejected.setId("staff-rejected");
        rejected.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                "staff.rejected",
                                Math.max(0, model.rejectedProperty().get())),
                        model.rejectedProperty()));
        Label buttons = new Label();
        buttons.setWrapText(true);
        buttons.setId("staff-buttons");
        buttons.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            ButtonStats s = model.buttonsProperty().get();
                            return s == null
                                    ? ""
                                    : m.get("staff.buttons", s.counted(), s.dropped(), s.bounces(), s.unknownBytes());
                        },
                        model.buttonsProperty()));
        Label failed = new Label();
        failed.setId("staff-unsaved");
        failed.getStyleClass().add("fb-staff-warning");
        failed.setWrapText(true);
        failed.textProperty()
                .bind(Bindings.createStringBinding(() -> m.get("staff.unsaved", unsavedCount.get()), unsavedCount));
        failed.visibleProperty().bind(Bindings.createBooleanBinding(() -> unsavedCount.get() > 0, unsavedCount));
        info.getChildren().addAll(pending, rejected, buttons, failed);
        if (model.canQuit()) {
            Button quit = new Button(m.get("staff.quit"));
            quit.setId("staff-quit");
            quit.getStyleClass().add("fb-nav-button");
            quit.setOnAction(e -> model.quit());
            info.getChildren().add(quit);
        }

        locked.visibleProperty().bind(model.unlockedProperty().not());
        locked.managedProperty().bind(locked.visibleProperty());
        info.visibleProperty().bind(model.unlockedProperty());
        info.managedProperty().bind(info.visibleProperty());

        Button close = new Button(m.get("staff.close"));
        close.setId("staff-close");
        close.getStyleClass().add("fb-nav-button");
        close.setOnAction(e -> model.close());
        panel.getChildren().addAll(title, locked, info, close);
        getChildren().add(panel);
        visibleProperty().bind(model.openProperty());
        managedProperty().bind(visibleProperty());
    }

    private static Runnable digit(StaffViewModel model, int d) {
        return () -> model.digit(d);
    }

    private static Button padKey(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("fb-pin-key");
        b.setOnAction(e -> action.run());
        return b;
    }
}
