package fi.luukku.advisor.console;

import fi.luukku.advisor.console.KeyTable.Command;
import fi.luukku.advisor.help.HelpAlertsViewModel;
import fi.luukku.core.api.HelpRequestDto;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The yellow banner of open "I need help" requests, each with its "On my way" button (F11). */
final class HelpBanner {
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final VBox box = new VBox(6);

    HelpBanner(ConsoleViewModel vm, ViewKit kit, ZoneId zone) {
        HelpAlertsViewModel help = vm.help();
        box.setId("help-banner");
        box.getStyleClass().add("help-banner");
        box.setPadding(new Insets(8, 12, 8, 12));
        box.visibleProperty().bind(help.alertingProperty());
        box.managedProperty().bind(box.visibleProperty());
        Runnable rebuild = () -> {
            box.getChildren().clear();
            for (HelpRequestDto h : help.alerts()) {
                Label l = new Label(kit.texts()
                        .format(
                                "help.alert",
                                h.location() == null ? "?" : h.location(),
                                h.source() == null ? "" : h.source(),
                                h.language() == null ? "" : h.language().toUpperCase(java.util.Locale.ROOT),
                                h.requestedAt() == null
                                        ? ""
                                        : HHMM.withZone(zone).format(h.requestedAt())));
                l.getStyleClass().add("help-alert");
                l.setWrapText(true);
                Button ack = kit.button(
                        "help.onMyWay",
                        Command.ACKNOWLEDGE_HELP,
                        () -> help.acknowledge(h),
                        vm.link().onlineProperty());
                ack.getStyleClass().add("help-ack");
                FlowPane row = new FlowPane(16, 6, l, ack);
                row.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
            Label err = new Label();
            err.getStyleClass().add("error-text");
            err.textProperty().bind(help.errorProperty());
            err.managedProperty().bind(help.errorProperty().isNotEmpty());
            err.visibleProperty().bind(err.managedProperty());
            box.getChildren().add(err);
        };
        help.alerts().addListener((ListChangeListener<HelpRequestDto>) c -> rebuild.run());
        rebuild.run();
    }

    VBox root() {
        return box;
    }
}
