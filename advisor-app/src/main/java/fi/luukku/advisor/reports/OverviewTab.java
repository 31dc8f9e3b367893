package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.MetricsReportDto;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The key figures of the period as tiles (ids {@code figure-<name>}), the trend of visits over the days and the
 * distribution of satisfaction answers.
 */
final class OverviewTab {
    private final VBox root = new VBox(10);
    private final ReportTexts t;
    private final Figures f;
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final LineChart<String, Number> trend;
    private final BarChart<String, Number> satisfaction;
    private final Label trendEmpty;

    OverviewTab(ReportTexts texts) {
        this.t = texts;
        this.f = new Figures(texts);
        root.setPadding(new Insets(8));
        root.setId("reports-overview");
        FlowPane tiles = new FlowPane(8, 8);
        tiles.getStyleClass().add("figure-tiles");
        for (String name : new String[] {
            "issued",
            "served",
            "noShows",
            "meanWait",
            "medianWait",
            "p90Wait",
            "withinTarget",
            "meanService",
            "satisfaction",
            "answers",
            "positiveRatio",
            "rightService",
            "confidence",
            "incidents"
        }) {
            Label value = new Label();
            value.setId("figure-" + name);
            value.getStyleClass().add("figure-value");
            Label label = new Label(t.get("figure." + name));
            label.getStyleClass().add("figure-label");
            label.setWrapText(true);
            VBox tile = new VBox(2, value, label);
            tile.getStyleClass().add("figure-tile");
            tiles.getChildren().add(tile);
            values.put(name, value);
        }
        CategoryAxis days = new CategoryAxis();
        NumberAxis count = new NumberAxis();
        count.setLabel(t.get("chart.tickets"));
        trend = new LineChart<>(days, count);
        trend.setId("reports-trend");
        trend.setTitle(t.get("chart.trend"));
        trend.setAnimated(false);
        trend.setCreateSymbols(true);
        trend.setMinHeight(160);
        trendEmpty = new Label(t.get("chart.singleDay"));
        trendEmpty.getStyleClass().add("reports-note");
        trendEmpty.setWrapText(true);
        CategoryAxis ratings = new CategoryAxis();
        NumberAxis answers = new NumberAxis();
        answers.setLabel(t.get("chart.answers"));
        satisfaction = new BarChart<>(ratings, answers);
        satisfaction.setId("reports-satisfaction-chart");
        satisfaction.setTitle(t.get("chart.satisfaction"));
        satisfaction.setAnimated(false);
        satisfaction.setLegendVisible(false);
        satisfaction.setMinHeight(160);
        VBox trendBox = new VBox(4, trend, trendEmpty);
        VBox.setVgrow(trend, Priority.ALWAYS);
        HBox charts = new HBox(8, trendBox, satisfaction);
        HBox.setHgrow(trendBox, Priority.ALWAYS);
        trendBox.setPrefWidth(700);
        satisfaction.setPrefWidth(420);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.getChildren().addAll(tiles, charts);
    }

    void show(MetricsReportDto m) {
        values.values().forEach(l -> l.setText(""));
        if (m == null) {
            return;
        }
        MetricsReportDto.Figures x = m.totals();
        MetricsReportDto.Visits v = x.visits();
        set("issued", f.count(v.issued()));
        set("served", f.count(v.served()));
        set("noShows", f.count(v.noShows()));
        set("meanWait", f.duration(v.meanWaitSeconds()));
        set("medianWait", f.duration(v.medianWaitSeconds()));
        set("p90Wait", f.duration(v.p90WaitSeconds()));
        set("withinTarget", f.share(v.shareWithinTarget()));
        set("meanService", f.duration(v.meanServiceSeconds()));
        set("satisfaction", f.mean(x.satisfaction().mean()));
        set("answers", f.count(x.satisfaction().answers()));
        set("positiveRatio", f.share(x.satisfaction().positiveRatio()));
        set("rightService", f.mean(x.rightService().mean()));
        set("confidence", f.share(x.confidence().yesShare()));
        set("incidents", f.count(m.safety().incidents()));

        DateTimeFormatter short_ =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(t.locale());
        XYChart.Series<String, Number> issued = new XYChart.Series<>();
        issued.setName(t.get("figure.issued"));
        XYChart.Series<String, Number> served = new XYChart.Series<>();
        served.setName(t.get("figure.served"));
        for (MetricsReportDto.DayFigures d : m.days()) {
            String day = short_.format(d.day());
            issued.getData().add(new XYChart.Data<>(day, d.visits().issued()));
            served.getData().add(new XYChart.Data<>(day, d.visits().served()));
        }
        trend.getData().setAll(java.util.List.of(issued, served));
        boolean oneDay = m.days().size() < 2;
        trendEmpty.setVisible(oneDay);
        trendEmpty.setManaged(oneDay);

        XYChart.Series<String, Number> dist = new XYChart.Series<>();
        dist.setName(t.get("chart.answers"));
        for (int r = 1; r <= 5; r++) {
            Integer n = x.satisfaction().distribution() == null
                    ? null
                    : x.satisfaction().distribution().get(Integer.toString(r));
            dist.getData().add(new XYChart.Data<>(Integer.toString(r), n == null ? 0 : n));
        }
        satisfaction.getData().setAll(java.util.List.of(dist));
    }

    private void set(String name, String text) {
        values.get(name).setText(text);
    }

    VBox root() {
        return root;
    }
}
