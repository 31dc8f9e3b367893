package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.BillingReport;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Billing in the pilot's structure: per point the base part and training compensation, per point × authority the
 * per-event compensation, the authorities' totals over the scope and the total, in euros with cents.
 */
final class BillingTab {
    /** One line of the per-event table: a point, an authority, an event type at one price. */
    record EventRow(String point, String authority, BillingReport.EventLine line) {}

    private final VBox root = new VBox(8);
    private final TableView<BillingReport.PointBill> points = Tables.table("billing-points");
    private final TableView<EventRow> events = Tables.table("billing-events");
    private final TableView<BillingReport.AuthorityTotal> authorities = Tables.table("billing-authorities");
    private final Label total = new Label();
    private final ReportTexts t;
    private final Figures f;

    BillingTab(ReportTexts texts) {
        this.t = texts;
        this.f = new Figures(texts);
        root.setPadding(new Insets(8));
        root.setId("reports-billing");
        points.getColumns()
                .setAll(List.of(
                        Tables.wide(Tables.column(t, "col.point", BillingReport.PointBill::pointName), 2.5),
                        Tables.column(t, "col.baseFee", b -> f.euros(b.baseFee())),
                        Tables.column(t, "col.training", b -> f.euros(b.training())),
                        Tables.column(t, "col.eventsTotal", b -> f.euros(b.eventsTotal())),
                        Tables.column(t, "col.total", b -> f.euros(b.total()))));
        events.getColumns()
                .setAll(List.of(
                        Tables.wide(Tables.column(t, "col.point", EventRow::point), 2),
                        Tables.wide(Tables.column(t, "col.authority", EventRow::authority), 2),
                        Tables.wide(
                                Tables.column(t, "col.eventType", r -> r.line().typeName()), 3),
                        Tables.column(t, "col.unitPrice", r -> f.euros(r.line().unitPrice())),
                        Tables.column(t, "col.count", r -> f.count(r.line().count())),
                        Tables.column(t, "col.total", r -> f.euros(r.line().total()))));
        authorities
                .getColumns()
                .setAll(List.of(
                        Tables.wide(Tables.column(t, "col.authority", BillingReport.AuthorityTotal::authorityName), 3),
                        Tables.column(t, "col.count", a -> f.count(a.eventCount())),
                        Tables.column(t, "col.total", a -> f.euros(a.total()))));
        for (TableView<?> table : List.of(points, events, authorities)) {
            table.setPlaceholder(new Label(t.get("table.empty")));
            table.setMinHeight(90);
            table.setPrefHeight(120);
            VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        }
        total.setId("billing-total");
        total.getStyleClass().add("figure-value");
        root.getChildren()
                .addAll(
                        total,
                        section("section.billingPoints"),
                        points,
                        section("section.billingEvents"),
                        events,
                        section("section.billingAuthorities"),
                        authorities);
    }

    private Label section(String key) {
        Label l = new Label(t.get(key));
        l.getStyleClass().add("reports-section");
        return l;
    }

    void show(BillingReport b) {
        if (b == null) {
            points.getItems().clear();
            events.getItems().clear();
            authorities.getItems().clear();
            total.setText("");
            return;
        }
        total.setText(t.format(
                "billing.total",
                f.euros(b.total()),
                f.euros(b.baseFeeTotal()),
                f.euros(b.trainingTotal()),
                f.euros(b.eventsTotal())));
        points.getItems().setAll(b.points());
        List<EventRow> rows = new ArrayList<>();
        for (BillingReport.PointBill p : b.points()) {
            for (BillingReport.AuthorityBill a : p.authorities()) {
                for (BillingReport.EventLine e : a.events()) {
                    rows.add(new EventRow(p.pointName(), a.authorityName(), e));
                }
            }
        }
        events.getItems().setAll(rows);
        authorities.getItems().setAll(b.authorities());
    }

    VBox root() {
        return root;
    }
}
