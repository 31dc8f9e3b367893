package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.MetricsReportDto;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The same figures per part of the scope: regions and points (a row opens that part: Enter or a double click),
 * then authorities. This is where a national view is drilled down to a point.
 */
final class BreakdownTab {
    /** One row: which kind of part, the scope it opens (null if none), and its figures. */
    record Row(String kind, String scope, MetricsReportDto.Breakdown part) {}

    private final VBox root = new VBox(8);
    private final ReportsViewModel vm;
    private final TableView<Row> table = Tables.table("reports-breakdown");

    BreakdownTab(ReportsViewModel vm) {
        this.vm = vm;
        ReportTexts t = vm.texts();
        Figures f = new Figures(t);
        root.setPadding(new Insets(8));
        root.setId("reports-breakdown-tab");
        table.getColumns()
                .setAll(List.of(
                        Tables.wide(Tables.column(t, "col.name", r -> r.part().name()), 3),
                        Tables.column(t, "col.kind", r -> t.get("scope.kind." + r.kind())),
                        Tables.column(
                                t,
                                "col.issued",
                                r -> f.count(r.part().figures().visits().issued())),
                        Tables.column(
                                t,
                                "col.served",
                                r -> f.count(r.part().figures().visits().served())),
                        Tables.column(
                                t,
                                "col.meanWait",
                                r -> f.duration(r.part().figures().visits().meanWaitSeconds())),
                        Tables.column(
                                t,
                                "col.p90Wait",
                                r -> f.duration(r.part().figures().visits().p90WaitSeconds())),
                        Tables.column(
                                t,
                                "col.satisfaction",
                                r -> f.mean(r.part().figures().satisfaction().mean())),
                        Tables.column(
                                t,
                                "col.answers",
                                r -> f.count(r.part().figures().satisfaction().answers()))));
        table.setPlaceholder(new Label(t.get("table.empty")));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        Tables.onDrill(table, r -> {
            if (r.scope() != null) {
                vm.drillIntoScope(r.scope());
            }
        });
        Label hint = new Label(t.get("drill.hintParts"));
        hint.getStyleClass().add("reports-note");
        hint.setWrapText(true);
        root.getChildren().addAll(hint, table);
    }

    void show(MetricsReportDto m) {
        List<Row> rows = new ArrayList<>();
        if (m != null) {
            for (MetricsReportDto.Breakdown b : m.regions()) {
                rows.add(new Row("region", openable("region:" + b.id()), b));
            }
            if (m.points().size() > 1 || !m.scope().startsWith("point:")) {
                for (MetricsReportDto.Breakdown b : m.points()) {
                    rows.add(new Row("point", openable("point:" + b.id()), b));
                }
            }
            for (MetricsReportDto.Breakdown b : m.authorities()) {
                rows.add(new Row("authority", openable("authority:" + b.id()), b));
            }
        }
        table.getItems().setAll(rows);
    }

    private String openable(String scope) {
        return vm.mayOpen(scope) ? scope : null;
    }

    TableView<Row> table() {
        return table;
    }

    VBox root() {
        return root;
    }
}
