package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A table of JSON objects as the service sends them; each column shows one value of each row. Every column is
 * kept at least as wide as its longest value (measured in the font the cells and headers are drawn in), so an
 * id, a time or a device name is never cut to an ellipsis. While the columns fit, the last one takes the room
 * that is left; when they no longer fit, the table scrolls sideways instead of squeezing them.
 */
final class JsonTable {
    private static final String DECLARED_MIN = "luukku.declaredMinWidth";
    private static final String REFITS = "luukku.refits";
    private static final int MAX_REFITS = 10;
    /** Rows measured at most; an audit log of thousands of rows is fitted to its newest part. */
    private static final int MEASURED_ROWS = 1000;
    /** Room kept for the vertical scroll bar and the table's border when deciding whether the columns fit. */
    private static final double CHROME = 24;

    private JsonTable() {}

    static TableView<ObjectNode> of(ObservableList<ObjectNode> rows, String id) {
        TableView<ObjectNode> t = new TableView<>(rows);
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.addListener((ListChangeListener<ObjectNode>) c -> fit(t));
        t.widthProperty().addListener((o, was, now) -> choosePolicy(t));
        t.sceneProperty().addListener((o, was, now) -> fit(t));
        return t;
    }

    static void column(TableView<ObjectNode> t, String header, Function<ObjectNode, String> value) {
        column(t, header, value, 0);
    }

    /** A column at least {@code minWidth} wide, and never narrower than its header or its longest value. */
    static void column(TableView<ObjectNode> t, String header, Function<ObjectNode, String> value, double minWidth) {
        TableColumn<ObjectNode, String> c = new TableColumn<>(header);
        c.getProperties().put(DECLARED_MIN, minWidth);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        t.getColumns().add(c);
        fit(t);
    }

    /** Sets each column's minimum width to the widest of its declared minimum, its header and its values. */
    static void fit(TableView<ObjectNode> t) {
        refitOnceDrawn(t);
        Text cell = probe(t, ".table-cell");
        Text header = probe(t, ".column-header .label");
        // a cell's own padding and border, with a little air so a value never touches the next column; a
        // header also keeps room for its sort arrow
        double cellPadding = cell.getFont().getSize() * 0.75;
        double headerPadding = header.getFont().getSize() * 1.5;
        int rows = Math.min(t.getItems().size(), MEASURED_ROWS);
        for (TableColumn<ObjectNode, ?> c : t.getColumns()) {
            double widest = width(header, c.getText()) + headerPadding;
            for (int i = 0; i < rows; i++) {
                Object v = c.getCellData(i);
                if (v != null) {
                    widest = Math.max(widest, width(cell, v.toString()) + cellPadding);
                }
            }
            Object declared = c.getProperties().get(DECLARED_MIN);
            double min = Math.ceil(Math.max(declared instanceof Double d ? d : 0, widest));
            c.setMinWidth(min);
            c.setPrefWidth(min);
        }
        choosePolicy(t);
    }

    /**
     * Fits again on a later pulse while the table has rows but has not drawn a cell yet, because only a drawn cell
     * tells the font its values are shown in (a larger text size, high contrast); a few pulses at most.
     */
    private static void refitOnceDrawn(TableView<ObjectNode> t) {
        boolean drawn = t.lookup(".table-cell") instanceof Labeled;
        int tries = t.getProperties().get(REFITS) instanceof Integer n ? n : 0;
        if (drawn || t.getItems().isEmpty() || t.getScene() == null) {
            t.getProperties().remove(REFITS);
        } else if (tries < MAX_REFITS) {
            t.getProperties().put(REFITS, tries + 1);
            Platform.runLater(() -> fit(t));
        }
    }

    /** Lets the last column fill the table while the columns fit, and scrolls sideways once they do not. */
    private static void choosePolicy(TableView<ObjectNode> t) {
        double needed =
                t.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = t.getWidth() <= 0 || needed + CHROME <= t.getWidth();
        var policy =
                fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (t.getColumnResizePolicy() != policy) {
            t.setColumnResizePolicy(policy);
        }
    }

    private static double width(Text probe, String s) {
        probe.setText(s == null ? "" : s);
        return probe.getLayoutBounds().getWidth();
    }

    /** A text in the font the table draws {@code selector} in, or the default font before it is drawn. */
    private static Text probe(TableView<ObjectNode> t, String selector) {
        Text probe = new Text();
        probe.setFont(t.lookup(selector) instanceof Labeled drawn ? drawn.getFont() : Font.getDefault());
        return probe;
    }

    static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
    }
}
