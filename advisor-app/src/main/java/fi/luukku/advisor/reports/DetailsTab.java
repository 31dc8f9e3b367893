package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.MetricsReportDto;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The rest of the operating model: matter progressed (advisor and customer side by side), right service and
 * support levels as distributions; safety incidents, service events with their minutes and availability as tables.
 */
final class DetailsTab {
    private final VBox root = new VBox(8);
    private final VBox eventsRoot = new VBox(8);
    private final ReportTexts t;
    private final Figures f;
    private final BarChart<String, Number> outcomes;
    private final BarChart<String, Number> levels;
    private final TableView<MetricsReportDto.IncidentKind> incidents = Tables.table("reports-incidents");
    private final TableView<MetricsReportDto.ServiceEventRow> events = Tables.table("reports-service-events");
    private final TableView<MetricsReportDto.Availability> availability = Tables.table("reports-availability");
    private final TableView<Bookable> bookable = Tables.table("reports-bookable");
    private final Label safety = new Label();

    /** One bookable service of an availability row. */
    record Bookable(MetricsReportDto.Availability where, MetricsReportDto.BookableService service) {}

    DetailsTab(ReportTexts texts) {
        this.t = texts;
        this.f = new Figures(texts);
        root.setPadding(new Insets(8));
        root.setId("reports-details");
        outcomes = bars("reports-outcomes-chart", "chart.outcomes", true);
        levels = bars("reports-support-chart", "chart.support", false);
        HBox charts = new HBox(8, outcomes, levels);
        HBox.setHgrow(outcomes, Priority.ALWAYS);
        HBox.setHgrow(levels, Priority.ALWAYS);

        incidents
                .getColumns()
                .setAll(List.of(
                        Tables.column(
                                t, "col.category", r -> t.getOr("incident.category." + r.category(), r.category())),
                        Tables.column(t, "col.count", r -> f.count(r.count())),
                        Tables.column(t, "col.resolved", r -> f.count(r.resolved())),
                        Tables.column(t, "col.meanSeverity", r -> f.mean(r.meanSeverity()))));
        events.getColumns()
                .setAll(List.of(
                        Tables.column(t, "col.authority", MetricsReportDto.ServiceEventRow::authorityId),
                        Tables.wide(Tables.column(t, "col.eventType", MetricsReportDto.ServiceEventRow::typeName), 3),
                        Tables.column(t, "col.count", r -> f.count(r.count())),
                        Tables.column(t, "col.nominalMinutes", r -> f.count(r.nominalMinutes())),
                        Tables.column(t, "col.totalMinutes", r -> f.count(r.totalMinutes()))));
        availability
                .getColumns()
                .setAll(List.of(
                        Tables.wide(Tables.column(t, "col.name", MetricsReportDto.Availability::name), 3),
                        Tables.column(t, "col.openDays", r -> f.count(r.openDays())),
                        Tables.column(t, "col.openHours", r -> f.mean(r.openHours())),
                        Tables.column(t, "col.bookable", r -> f.share(r.bookableDayShare()))));
        bookable.getColumns()
                .setAll(List.of(
                        Tables.wide(
                                Tables.column(
                                        t,
                                        "col.service",
                                        r -> r.service().name() + " – "
                                                + r.where().name()),
                                4),
                        Tables.column(
                                t, "col.horizonDays", r -> f.count(r.service().horizonDays())),
                        Tables.column(
                                t, "col.observedDays", r -> f.count(r.service().observedDays())),
                        Tables.column(
                                t,
                                "col.daysWithFreeTime",
                                r -> f.count(r.service().daysWithFreeTime())),
                        Tables.column(t, "col.share", r -> f.share(r.service().share()))));
        for (TableView<?> table : List.of(incidents, events, availability, bookable)) {
            table.setMinHeight(90);
            table.setPrefHeight(150);
            VBox.setVgrow(table, Priority.ALWAYS);
            table.setPlaceholder(new Label(t.get("table.empty")));
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        safety.setId("reports-safety");
        safety.setWrapText(true);
        root.getChildren().addAll(charts, section("section.safety"), safety, incidents);
        eventsRoot.setPadding(new Insets(8));
        eventsRoot.setId("reports-events");
        eventsRoot
                .getChildren()
                .addAll(
                        section("section.serviceEvents"),
                        events,
                        section("section.availability"),
                        availability,
                        section("section.bookable"),
                        bookable);
    }

    private BarChart<String, Number> bars(String id, String titleKey, boolean legend) {
        NumberAxis y = new NumberAxis();
        y.setLabel(t.get("chart.count"));
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setId(id);
        chart.setTitle(t.get(titleKey));
        chart.setAnimated(false);
        chart.setLegendVisible(legend);
        chart.setMinHeight(160);
        chart.setPrefHeight(260);
        return chart;
    }

    private Label section(String key) {
        Label l = new Label(t.get(key));
        l.getStyleClass().add("reports-section");
        return l;
    }

    void show(MetricsReportDto m) {
        if (m == null) {
            outcomes.getData().clear();
            levels.getData().clear();
            incidents.getItems().clear();
            events.getItems().clear();
            availability.getItems().clear();
            bookable.getItems().clear();
            safety.setText("");
            return;
        }
        XYChart.Series<String, Number> advisor = new XYChart.Series<>();
        advisor.setName(t.get("chart.byAdvisor"));
        XYChart.Series<String, Number> customer = new XYChart.Series<>();
        customer.setName(t.get("chart.byCustomer"));
        for (MetricsReportDto.OutcomeRow r : m.totals().outcomes()) {
            String name = t.getOr("outcome." + r.outcome(), r.outcome());
            advisor.getData().add(new XYChart.Data<>(name, r.advisor()));
            customer.getData().add(new XYChart.Data<>(name, r.customer()));
        }
        outcomes.getData().setAll(List.of(advisor, customer));
        XYChart.Series<String, Number> lv = new XYChart.Series<>();
        Map<String, Integer> support = m.support().supportLevels();
        for (int level = 1; level <= 4; level++) {
            Integer n = support == null ? null : support.get(Integer.toString(level));
            lv.getData().add(new XYChart.Data<>(t.format("chart.level", level), n == null ? 0 : n));
        }
        levels.getData().setAll(List.of(lv));
        MetricsReportDto.Safety s = m.safety();
        safety.setText(t.format(
                "safety.summary",
                f.count(s.incidents()),
                f.count(s.resolved()),
                f.mean(s.perceived() == null ? null : s.perceived().mean()),
                f.count(s.perceived() == null ? 0 : s.perceived().answers())));
        incidents.getItems().setAll(s.byKind());
        events.getItems().setAll(m.serviceEvents());
        availability.getItems().setAll(m.availability());
        List<Bookable> services = new java.util.ArrayList<>();
        for (MetricsReportDto.Availability a : m.availability()) {
            if (a.bookable() != null) {
                a.bookable().forEach(b -> services.add(new Bookable(a, b)));
            }
        }
        bookable.getItems().setAll(services);
    }

    /** The second page: service events with their minutes, availability and the bookable services. */
    VBox eventsRoot() {
        return eventsRoot;
    }

    VBox root() {
        return root;
    }
}
