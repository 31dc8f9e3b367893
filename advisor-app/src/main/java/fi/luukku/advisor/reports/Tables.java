package fi.luukku.advisor.reports;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Read-only tables of report rows: text columns and a drill action on Enter or a double click. */
final class Tables {
    private Tables() {}

    static <T> TableView<T> table(String id) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.getStyleClass().add("report-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.setEditable(false);
        return t;
    }

    static <T> TableColumn<T, String> column(ReportTexts texts, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(texts.get(key));
        c.setId(key.startsWith("col.") ? key.replace('.', '-') : "col-" + key.replace('.', '-'));
        c.setPrefWidth(100);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A column that takes {@code share} times the room of a plain one (names, dates). */
    static <T> TableColumn<T, String> wide(TableColumn<T, String> c, double share) {
        c.setPrefWidth(100 * share);
        return c;
    }

    /** Enter on the selected row or a double click on a row runs {@code drill} with that row. */
    static <T> void onDrill(TableView<T> table, Consumer<T> drill) {
        table.setOnKeyPressed(e -> {
            T item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                e.consume();
                drill.accept(item);
            }
        });
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    drill.accept(row.getItem());
                }
            });
            return row;
        });
    }
}
