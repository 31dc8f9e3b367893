package fi.luukku.kiosk.ticket;

import fi.luukku.kiosk.session.TicketScreenData;
import fi.luukku.kiosk.ui.I18n;
import fi.luukku.kiosk.ui.QrView;
import fi.luukku.kiosk.ui.Ui;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The ticket on screen: number, service, details and the QR to the tracking page, printed or not. */
public final class TicketView {
    private final TicketViewModel vm;
    private final I18n i18n;

    public TicketView(TicketViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Region createView() {
        Label title = Ui.label(i18n.text("ticket.title"), "subtitle-text");
        Label number = new Label();
        number.setId("ticket-number");
        number.getStyleClass().add("ticket-number");
        Label service = new Label();
        service.setId("ticket-service");
        service.getStyleClass().add("confirm-service");
        service.setWrapText(true);
        VBox details = new VBox(6);
        details.setAlignment(Pos.CENTER);
        Label instruction = new Label();
        instruction.setId("ticket-instruction");
        instruction.setWrapText(true);
        instruction.getStyleClass().add("ticket-instruction");
        instruction.setMaxWidth(760);

        QrView qr = new QrView();
        qr.setId("ticket-qr");
        Label qrCaption = Ui.label(i18n.text("ticket.qrCaption"), "qr-caption");
        VBox qrBox = new VBox(8, qr, qrCaption);
        qrBox.setAlignment(Pos.CENTER);
        qrBox.setPadding(new Insets(16));
        qrBox.getStyleClass().add("qr-box");

        Button done = Ui.button("ticket-done", i18n.text("ticket.done"), vm::done, "accent");

        VBox text = new VBox(12, title, number, service, details, instruction);
        text.setAlignment(Pos.CENTER);
        text.setMaxWidth(780);
        text.setPrefWidth(780);
        FlowPane body = new FlowPane(48, 24, text, qrBox);
        body.setAlignment(Pos.CENTER);

        Runnable update = () -> {
            TicketScreenData t = vm.ticketProperty().get();
            if (t == null) {
                return;
            }
            number.setText(t.number());
            service.setText(t.service());
            details.getChildren()
                    .setAll(t.details().stream()
                            .map(d -> {
                                Label l = new Label(d);
                                l.getStyleClass().add("subtitle-text");
                                l.setWrapText(true);
                                return (javafx.scene.Node) l;
                            })
                            .toList());
            instruction.setText(vm.instruction());
            instruction.getStyleClass().remove("warning");
            if (!t.printed()) {
                instruction.getStyleClass().add("warning");
            }
            qr.show(t.qrUrl(), 300);
            qrBox.setVisible(t.qrUrl() != null);
            qrBox.setManaged(t.qrUrl() != null);
        };
        vm.ticketProperty().addListener((o, a, b) -> update.run());
        update.run();

        VBox root = new VBox(24, body, done);
        root.setAlignment(Pos.TOP_CENTER);
        root.setPadding(new Insets(24, 32, 24, 32));
        return Ui.scroll(root);
    }
}
