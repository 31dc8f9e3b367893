package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.MetricsReportDto;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The figures of each day of the period; a row (Enter or a double click) opens that day alone. */
final class DaysTab {
    private final VBox root = new VBox(8);
    private final TableView<MetricsReportDto.DayFigures> table = Tables.table("reports-days");

    DaysTab(ReportsViewModel vm) {
        ReportTexts t = vm.texts();
        Figures f = new Figures(t);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE ", t.locale());
        DateTimeFormatter medium =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(t.locale());
        root.setPadding(new Insets(8));
        root.setId("reports-days-tab");
        table.getColumns()
                .setAll(List.of(
                        Tables.wide(
                                Tables.column(t, "col.day", d -> day.format(d.day()) + medium.format(d.day())), 1.6),
                        Tables.column(t, "col.issued", d -> f.count(d.visits().issued())),
                        Tables.column(t, "col.served", d -> f.count(d.visits().served())),
                        Tables.column(t, "col.noShows", d -> f.count(d.visits().noShows())),
                        Tables.column(
                                t, "col.meanWait", d -> f.duration(d.visits().meanWaitSeconds())),
                        Tables.column(
                                t,
                                "col.satisfaction",
                                d -> f.mean(d.satisfaction().mean())),
                        Tables.column(
                                t, "col.answers", d -> f.count(d.satisfaction().answers()))));
        table.setPlaceholder(new Label(t.get("table.empty")));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        Tables.onDrill(table, d -> vm.drillIntoDay(d.day()));
        Label hint = new Label(t.get("drill.hintDays"));
        hint.getStyleClass().add("reports-note");
        hint.setWrapText(true);
        root.getChildren().addAll(hint, table);
    }

    void show(MetricsReportDto m) {
        table.getItems().setAll(m == null ? List.of() : m.days());
    }

    TableView<MetricsReportDto.DayFigures> table() {
        return table;
    }

    VBox root() {
        return root;
    }
}
