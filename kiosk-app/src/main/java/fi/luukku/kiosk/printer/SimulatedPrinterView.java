package fi.luukku.kiosk.printer;

import fi.luukku.kiosk.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The simulated printer's window: the printed tickets, newest on top, and its fault switches. */
public final class SimulatedPrinterView {
    private final SimulatedPrinterViewModel vm;
    private final Messages messages;
    private final String language;

    public SimulatedPrinterView(SimulatedPrinterViewModel vm, Messages messages, String language) {
        this.vm = vm;
        this.messages = messages;
        this.language = language;
    }

    public Region createView() {
        CheckBox out = new CheckBox(messages.get(language, "sim.paperOut"));
        out.setId("sim-paper-out");
        out.selectedProperty().bindBidirectional(vm.paperOutProperty());
        CheckBox low = new CheckBox(messages.get(language, "sim.paperLow"));
        low.setId("sim-paper-low");
        low.selectedProperty().bindBidirectional(vm.paperLowProperty());
        CheckBox cover = new CheckBox(messages.get(language, "sim.coverOpen"));
        cover.setId("sim-cover-open");
        cover.selectedProperty().bindBidirectional(vm.coverOpenProperty());
        HBox switches = new HBox(16, out, low, cover);
        switches.setPadding(new Insets(8));

        Label empty = new Label(messages.get(language, "sim.empty"));
        VBox tickets = new VBox(16, empty);
        tickets.setPadding(new Insets(16));
        tickets.setId("sim-tickets");
        vm.printed().addListener((ListChangeListener<SimulatedPrinterViewModel.Printed>) c -> {
            tickets.getChildren().clear();
            for (SimulatedPrinterViewModel.Printed p : vm.printed()) {
                ImageView iv = new ImageView(new Image(p.png().toUri().toString()));
                iv.setPreserveRatio(true);
                iv.setFitWidth(420);
                iv.setId("sim-ticket-" + p.number());
                tickets.getChildren().add(iv);
            }
        });
        ScrollPane scroll = new ScrollPane(tickets);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(switches);
        return root;
    }
}
