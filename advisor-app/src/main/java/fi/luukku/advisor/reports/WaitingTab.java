package fi.luukku.advisor.reports;

import fi.luukku.core.api.report.MetricsReportDto;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Waiting: the hour × weekday heat map of mean waits and the mean wait of each day, in minutes. */
final class WaitingTab {
    private static final int FIRST_HOUR = 7;
    private static final int LAST_HOUR = 18;

    private final VBox root = new VBox(10);
    private final ReportTexts t;
    private final WaitHeatMap heat;
    private final LineChart<String, Number> waits;

    WaitingTab(ReportTexts texts) {
        this.t = texts;
        root.setPadding(new Insets(8));
        root.setId("reports-waiting");
        heat = new WaitHeatMap(texts);
        Label title = new Label(t.get("chart.heatMap"));
        title.getStyleClass().add("reports-section");
        Label note = new Label(t.get("chart.heatMapNote"));
        note.getStyleClass().add("reports-note");
        note.setWrapText(true);
        NumberAxis minutes = new NumberAxis();
        minutes.setLabel(t.get("chart.minutes"));
        waits = new LineChart<>(new CategoryAxis(), minutes);
        waits.setId("reports-wait-trend");
        waits.setTitle(t.get("chart.waitTrend"));
        waits.setAnimated(false);
        waits.setMinHeight(150);
        VBox.setVgrow(waits, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, heat.node(), note, waits);
    }

    void show(MetricsReportDto m) {
        Map<DayOfWeek, Map<Integer, Double>> cells = new EnumMap<>(DayOfWeek.class);
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        if (m != null) {
            for (MetricsReportDto.HourWeekdayCell c : m.waitByHourWeekday()) {
                if (c.meanWaitSeconds() != null && c.weekday() >= 1 && c.weekday() <= 7) {
                    cells.computeIfAbsent(DayOfWeek.of(c.weekday()), d -> new HashMap<>())
                            .put(c.hour(), c.meanWaitSeconds().doubleValue());
                    first = Math.min(first, c.hour());
                    last = Math.max(last, c.hour());
                }
            }
        }
        heat.show(cells, first, last);
        XYChart.Series<String, Number> mean = new XYChart.Series<>();
        mean.setName(t.get("figure.meanWait"));
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p90.setName(t.get("figure.p90Wait"));
        if (m != null) {
            DateTimeFormatter f =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(t.locale());
            for (MetricsReportDto.DayFigures d : m.days()) {
                String day = f.format(d.day());
                if (d.visits().meanWaitSeconds() != null) {
                    mean.getData().add(new XYChart.Data<>(day, d.visits().meanWaitSeconds() / 60.0));
                }
                if (d.visits().p90WaitSeconds() != null) {
                    p90.getData().add(new XYChart.Data<>(day, d.visits().p90WaitSeconds() / 60.0));
                }
            }
        }
        waits.getData().setAll(java.util.List.of(mean, p90));
    }

    VBox root() {
        return root;
    }
}
