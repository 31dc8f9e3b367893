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
 * then authorities (a row opens that authority, at the point when the scope is a point). This is where a national
 * view is drilled down to a point or an authority.
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
            String scope = m.scope();
            String authority = authorityOf(scope);
            boolean onePoint = scope.startsWith("point:");
            for (MetricsReportDto.Breakdown b : onePoint ? List.<MetricsReportDto.Breakdown>of() : m.regions()) {
                // a region of one authority is not a scope of its own: its row shows, but does not open
                rows.add(new Row("region", authority == null ? openable("region:" + b.id()) : null, b));
            }
            if (m.points().size() > 1 || !onePoint) {
                for (MetricsReportDto.Breakdown b : m.points()) {
                    String part = "point:" + b.id();
                    rows.add(
                            new Row("point", openable(authority == null ? part : part + "/authority:" + authority), b));
                }
            }
            for (MetricsReportDto.Breakdown b : m.authorities()) {
                if (b.id().equals(authority)) {
                    rows.add(new Row("authority", null, b)); // the scope itself
                } else if (onePoint) {
                    rows.add(new Row("authority", openable(pointOf(scope) + "/authority:" + b.id()), b));
                } else {
                    rows.add(new Row("authority", openable("authority:" + b.id()), b));
                }
            }
        }
        table.getItems().setAll(rows);
    }

    /** The authority of an authority scope ({@code authority:a}, {@code point:p/authority:a}), else null. */
    static String authorityOf(String scope) {
        int at = scope.indexOf("authority:");
        return at < 0 ? null : scope.substring(at + "authority:".length());
    }

    /** {@code point:p} of {@code point:p} or {@code point:p/authority:a}. */
    static String pointOf(String scope) {
        int slash = scope.indexOf('/');
        return slash < 0 ? scope : scope.substring(0, slash);
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
