package fi.luukku.kiosk.confirm;

import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.Ui;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Before printing: what was chosen, people ahead, the estimated wait, and one big "print" button. */
public final class ConfirmView {
    private final ConfirmViewModel vm;
    private final I18n i18n;
    private final javafx.beans.value.ObservableBooleanValue busy;

    public ConfirmView(ConfirmViewModel vm, I18n i18n, javafx.beans.value.ObservableBooleanValue busy) {
        this.vm = vm;
        this.i18n = i18n;
        this.busy = busy;
    }

    public Region createView() {
        Label title = Ui.label(i18n.text("confirm.title"), "title-text");
        Label service = Ui.label(vm.serviceProperty(), "confirm-service");
        service.setId("confirm-service");
        Label ahead = Ui.label(vm.peopleAheadProperty(), "subtitle-text");
        ahead.setId("confirm-ahead");
        Label wait = Ui.label(vm.estimatedWaitProperty(), "subtitle-text");
        wait.setId("confirm-wait");
        Label needs = Ui.label(vm.needsSummaryProperty(), "subtitle-text");
        needs.visibleProperty().bind(vm.needsSummaryProperty().isNotEmpty());
        needs.managedProperty().bind(needs.visibleProperty());
        Button print = Ui.button("confirm-print", i18n.text("confirm.print"), vm::print, "accent", "big-choice");
        print.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy));
        VBox root = new VBox(28, title, service, ahead, wait, needs, print);
        root.setAlignment(Pos.TOP_CENTER);
        root.setPadding(new Insets(48, 32, 24, 32));
        return Ui.scroll(root);
    }
}
