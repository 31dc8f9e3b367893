package fi.luukku.advisor.console;

import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.stats.StatisticsViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Today's figures of the point. */
final class StatisticsView {
    private final VBox root = new VBox(8);

    StatisticsView(StatisticsViewModel stats, LiveLink link, ViewKit kit) {
        root.setPadding(new Insets(8));
        root.setId("statistics-panel");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            int r = 0;
            for (StatisticsViewModel.Row row : stats.rows()) {
                Label value = new Label(row.value());
                value.getStyleClass().add("stat-value");
                Label name = new Label(row.label());
                name.setWrapText(true);
                grid.addRow(r++, name, value);
            }
        };
        stats.rows().addListener((ListChangeListener<StatisticsViewModel.Row>) c -> rebuild.run());
        Label err = new Label();
        err.getStyleClass().add("error-text");
        err.textProperty().bind(stats.errorProperty());
        root.getChildren()
                .addAll(
                        kit.header("stats.title"),
                        grid,
                        err,
                        kit.button("action.refresh", (KeyTable.Command) null, stats::refresh, link.onlineProperty()));
    }

    VBox root() {
        return root;
    }
}
