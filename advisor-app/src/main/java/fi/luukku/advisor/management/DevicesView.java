package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Devices and fleet health of a point: one row per device, alerts styled; revoke and rotate the chosen one. */
public final class DevicesView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M. HH:mm:ss");
    private final VBox root;

    public DevicesView(DevicesViewModel vm, ManagementTexts texts, ZoneId zone, boolean choosePoint) {
        ComboBox<String> point = new ComboBox<>(vm.points());
        point.setId("devices-point");
        point.valueProperty().bindBidirectional(vm.pointProperty());
        point.setDisable(!choosePoint);
        Label pointLabel = new Label(texts.get("field.point"));
        pointLabel.setLabelFor(point);
        TableView<ObjectNode> table = JsonTable.of(vm.devices(), "devices-table");
        JsonTable.column(table, texts.get("devices.name"), n -> JsonTable.text(n, "name"), 240);
        JsonTable.column(table, texts.get("devices.role"), n -> JsonTable.text(n, "role"), 190);
        JsonTable.column(
                table,
                texts.get("devices.lastSeen"),
                n -> n.has("lastSeenAt")
                        ? TIME.format(Instant.ofEpochMilli(n.path("lastSeenAt").asLong())
                                .atZone(zone))
                        : "—");
        JsonTable.column(table, texts.get("devices.state"), vm::state, 230);
        JsonTable.column(table, texts.get("devices.printer"), n -> JsonTable.text(n, "printer"));
        JsonTable.column(table, texts.get("devices.backlog"), n -> JsonTable.text(n, "outboxBacklog"));
        JsonTable.column(table, texts.get("devices.version"), n -> JsonTable.text(n, "appVersion"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ObjectNode item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("device-alert");
                if (!empty && item != null && vm.alert(item)) {
                    getStyleClass().add("device-alert");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty()
                .set(b));
        Button revoke = new Button(texts.get("devices.revoke"));
        revoke.setId("devices-revoke");
        revoke.getStyleClass().add("danger");
        revoke.disableProperty().bind(vm.selectedProperty().isNull());
        revoke.setOnAction(e -> vm.revoke());
        Button rotate = new Button(texts.get("devices.rotate"));
        rotate.setId("devices-rotate");
        rotate.disableProperty().bind(vm.selectedProperty().isNull());
        rotate.setOnAction(e -> vm.rotate());
        Button reload = new Button(texts.get("form.reload"));
        reload.setId("devices-reload");
        reload.setOnAction(e -> vm.reload());
        Label message = new Label();
        message.setId("devices-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox top = new HBox(8, pointLabel, point, reload);
        HBox buttons = new HBox(8, revoke, rotate);
        root = new VBox(8, top, table, message, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    public Node root() {
        return root;
    }
}
