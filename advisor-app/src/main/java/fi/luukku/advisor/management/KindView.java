package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A managed kind's screen: search and list on the left, the chosen thing's form and its buttons on the right. */
public final class KindView {
    /** Set on the list once the things have been loaded from the service. */
    public static final javafx.css.PseudoClass LOADED = javafx.css.PseudoClass.getPseudoClass("loaded");

    private final BorderPane root = new BorderPane();
    private final FormView formView;
    private final ListView<ObjectNode> list;

    public KindView(KindViewModel vm, ManagementTexts texts) {
        TextField search = new TextField();
        search.setId("management-search");
        search.setPromptText(texts.get("list.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        list = new ListView<>(vm.shown());
        list.setId("management-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ObjectNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.label(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        VBox left = new VBox(6, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(320);
        left.setMinWidth(260);

        formView = new FormView(vm, texts);
        Button add = button("management-new", texts.get("form.newButton"), vm::startNew);
        Button save = button("management-save", texts.get("form.save"), vm::save);
        save.setDefaultButton(true);
        Button delete = button("management-delete", texts.get("form.delete"), vm::delete);
        delete.getStyleClass().add("danger");
        Button reload = button("management-reload", texts.get("form.reload"), vm::reload);
        HBox buttons = new HBox(8, add, save, delete, reload);
        if (vm.kind().isStaff()) {
            buttons.getChildren().add(button("management-reset-password", texts.get("staff.resetPassword"), () -> {
                TextInputDialog d = new TextInputDialog();
                d.setHeaderText(texts.get("staff.temporaryPassword"));
                d.showAndWait().filter(s -> !s.isBlank()).ifPresent(vm::resetPassword);
            }));
        }
        Label message = new Label();
        message.setId("management-message");
        message.setWrapText(true);
        message.getStyleClass().add("management-message");
        message.textProperty().bind(vm.messageProperty());
        Label errors = new Label();
        errors.setId("management-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add("management-error");
        vm.form().errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            StringBuilder b = new StringBuilder();
            vm.form().errors().forEach((f, m) -> b.append(b.isEmpty() ? "" : "\n")
                    .append(texts.getOr("field." + f, f))
                    .append(": ")
                    .append(m));
            errors.setText(b.toString());
        });
        list.pseudoClassStateChanged(LOADED, vm.loadedProperty().get());
        vm.loadedProperty().addListener((o, a, b) -> list.pseudoClassStateChanged(LOADED, b));
        ScrollPane scroll = new ScrollPane(formView.root());
        scroll.setFitToWidth(true);
        VBox right = new VBox(8, scroll, errors, message, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 12));
        root.setLeft(left);
        root.setCenter(right);
        root.setPadding(new Insets(8));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Node root() {
        return root;
    }

    public FormView form() {
        return formView;
    }
}
