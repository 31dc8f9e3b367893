package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Device pairing: type the code the device shows, choose point and role, approve; pending codes listed. */
public final class PairingView {
    private final VBox root;

    public PairingView(PairingViewModel vm, ManagementTexts texts, boolean choosePoint) {
        TextField code = new TextField();
        code.setId("pairing-code");
        code.textProperty().bindBidirectional(vm.codeProperty());
        ComboBox<String> point = new ComboBox<>(vm.points());
        point.setId("pairing-point");
        point.valueProperty().bindBidirectional(vm.pointProperty());
        point.setDisable(!choosePoint);
        ComboBox<String> role =
                new ComboBox<>(javafx.collections.FXCollections.observableArrayList(PairingViewModel.ROLES));
        role.setId("pairing-role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        TextField name = new TextField();
        name.setId("pairing-name");
        name.setPromptText(texts.get("pairing.namePrompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        Button approve = new Button(texts.get("pairing.approve"));
        approve.setId("pairing-approve");
        approve.setDefaultButton(true);
        approve.setOnAction(e -> vm.approve());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        row(form, 0, texts.get("pairing.code"), code);
        row(form, 1, texts.get("field.point"), point);
        row(form, 2, texts.get("devices.role"), role);
        row(form, 3, texts.get("devices.name"), name);
        form.add(approve, 1, 4);
        Label error = new Label();
        error.setId("pairing-error");
        error.getStyleClass().add("management-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label message = new Label();
        message.setId("pairing-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        TableView<ObjectNode> pending = JsonTable.of(vm.pending(), "pairing-pending");
        JsonTable.column(pending, texts.get("pairing.code"), n -> JsonTable.text(n, "code"));
        JsonTable.column(pending, texts.get("pairing.description"), n -> JsonTable.text(n, "description"));
        pending.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.codeProperty().set(b.path("code").asText());
            }
        });
        Button reload = new Button(texts.get("form.reload"));
        reload.setId("pairing-reload");
        reload.setOnAction(e -> vm.reload());
        Label pendingTitle = new Label(texts.get("pairing.pending"));
        pendingTitle.getStyleClass().add("title-4");
        root = new VBox(10, form, error, message, pendingTitle, pending, reload);
        VBox.setVgrow(pending, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    private static void row(GridPane g, int r, String label, Node input) {
        Label l = new Label(label);
        l.setLabelFor(input);
        l.setMinWidth(130);
        g.add(l, 0, r);
        g.add(input, 1, r);
    }

    public Node root() {
        return root;
    }
}
