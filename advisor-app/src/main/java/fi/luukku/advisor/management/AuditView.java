package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The audit log as a searchable table: when, who, what was done to which thing, and what changed. */
public final class AuditView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss");
    private final VBox root;

    public AuditView(AuditViewModel vm, ManagementTexts texts, ZoneId zone) {
        TextField search = new TextField();
        search.setId("audit-search");
        search.setPromptText(texts.get("list.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button reload = new Button(texts.get("form.reload"));
        reload.setId("audit-reload");
        reload.setOnAction(e -> vm.reload());
        TableView<ObjectNode> table = JsonTable.of(vm.shown(), "audit-table");
        JsonTable.column(
                table,
                texts.get("audit.at"),
                n -> TIME.format(Instant.ofEpochMilli(n.path("at").asLong()).atZone(zone)),
                170);
        JsonTable.column(table, texts.get("audit.actor"), n -> JsonTable.text(n, "actor"));
        JsonTable.column(table, texts.get("audit.action"), n -> JsonTable.text(n, "action"));
        JsonTable.column(table, texts.get("audit.kind"), n -> JsonTable.text(n, "kind"));
        JsonTable.column(table, texts.get("audit.thing"), n -> JsonTable.text(n, "entityId"));
        JsonTable.column(table, texts.get("field.point"), n -> JsonTable.text(n, "pointId"));
        JsonTable.column(table, texts.get("audit.after"), AuditView::changedFields);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        root = new VBox(8, new HBox(8, search, reload), table, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(8));
    }

    /** The names of the fields an update changed (a creation or deletion lists none). */
    static String changedFields(ObjectNode n) {
        var before = n.get("before");
        var after = n.get("after");
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return "";
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        names.remove("version");
        names.removeIf(f -> java.util.Objects.equals(before.get(f), after.get(f)));
        return String.join(", ", names);
    }

    public Node root() {
        return root;
    }
}
