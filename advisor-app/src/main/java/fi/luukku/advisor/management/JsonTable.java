package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A table of JSON objects as the service sends them; each column shows one value of each row. */
final class JsonTable {
    private JsonTable() {}

    static TableView<ObjectNode> of(ObservableList<ObjectNode> rows, String id) {
        TableView<ObjectNode> t = new TableView<>(rows);
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    static void column(TableView<ObjectNode> t, String header, Function<ObjectNode, String> value) {
        column(t, header, value, 0);
    }

    /** A column at least {@code minWidth} wide (times, device names), so its values are never cut short. */
    static void column(TableView<ObjectNode> t, String header, Function<ObjectNode, String> value, double minWidth) {
        TableColumn<ObjectNode, String> c = new TableColumn<>(header);
        if (minWidth > 0) {
            c.setMinWidth(minWidth);
        }
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        t.getColumns().add(c);
    }

    static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
    }
}
