package fi.luukku.kiosk.appointment;

import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.Ui;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Booking code entry: a large code field and an on-screen keyboard; a scanner fills it by itself. */
public final class AppointmentView {
    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM-"};

    private final AppointmentViewModel vm;
    private final I18n i18n;

    public AppointmentView(AppointmentViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Region createView() {
        Label title = Ui.label(i18n.text("appointment.title"), "title-text");
        Label hint = Ui.label(i18n.text("appointment.hint"), "subtitle-text");
        Label code = new Label();
        code.setId("appointment-code");
        code.textProperty().bind(vm.codeProperty());
        code.getStyleClass().add("code-field");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setAlignment(Pos.CENTER);

        VBox keyboard = new VBox(10);
        keyboard.setAlignment(Pos.CENTER);
        for (String row : ROWS) {
            HBox r = new HBox(10);
            r.setAlignment(Pos.CENTER);
            for (char c : row.toCharArray()) {
                Button k = Ui.button("key-" + c, new ReadOnlyStringWrapper(String.valueOf(c)), () -> vm.type(c), "key");
                r.getChildren().add(k);
            }
            keyboard.getChildren().add(r);
        }
        Button back = Ui.button("key-back", i18n.text("appointment.backspace"), vm::backspace, "key", "key-wide");
        Button clear = Ui.button("key-clear", i18n.text("appointment.clear"), vm::clear, "key", "key-wide");
        Button submit = Ui.button("appointment-submit", i18n.text("appointment.ok"), vm::submit, "key-wide", "accent");
        submit.disableProperty().bind(vm.codeProperty().length().lessThan(3));
        HBox actions = new HBox(16, back, clear, submit);
        actions.setAlignment(Pos.CENTER);
        keyboard.getChildren().add(actions);

        VBox root = new VBox(24, title, hint, code, keyboard);
        root.setAlignment(Pos.TOP_CENTER);
        root.setPadding(new Insets(24, 32, 24, 32));
        root.setMaxWidth(1100);
        VBox outer = new VBox(root);
        outer.setAlignment(Pos.TOP_CENTER);
        return Ui.scroll(outer);
    }
}
