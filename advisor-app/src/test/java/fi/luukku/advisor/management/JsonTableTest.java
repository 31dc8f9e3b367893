package fi.luukku.advisor.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.ui.Theme;
import fi.luukku.ui.testing.LayoutChecks;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A management table never cuts a value to an ellipsis: a column grows to its longest value (here an id far
 * longer than the column's declared minimum), also for rows that arrive after the table is shown, and the table
 * scrolls sideways when the columns no longer fit.
 */
@ExtendWith(ApplicationExtension.class)
class JsonTableTest {
    private static final String LONG_ID = "pelkosenniemi-neuvonta-en-tieda-ja-tarvitsen-apua-lomakkeen-kanssa";
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = JsonMapper.create();
    private final ObservableList<ObjectNode> rows = FXCollections.observableArrayList();
    private Scene scene;
    private TableView<ObjectNode> table;

    @Start
    void start(Stage stage) {
        table = JsonTable.of(rows, "t");
        JsonTable.column(table, "Thing", n -> JsonTable.text(n, "id"), 80);
        JsonTable.column(table, "Point", n -> JsonTable.text(n, "point"), 60);
        rows.add(row("short", "mikkeli"));
        scene = new Scene(new StackPane(table), 420, 300);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongValueWidensItsColumnInsteadOfBeingCut(FxRobot robot) throws Exception {
        assertThat(fx(() -> LayoutChecks.cutOff(scene))).isEmpty();
        fx(() -> rows.add(row(LONG_ID, "pelkosenniemi")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> LayoutChecks.cutOff(scene))).isEmpty();
        assertThat(fx(() -> table.getColumns().get(0).getWidth())).isGreaterThan(80 * 3);
    }

    private static ObjectNode row(String id, String point) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.put("point", point);
        return n;
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return c.call();
                })
                .get(10, TimeUnit.SECONDS);
    }
}
