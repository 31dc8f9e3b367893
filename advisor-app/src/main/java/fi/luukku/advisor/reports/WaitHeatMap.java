package fi.luukku.advisor.reports;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * Mean waiting time by hour of day (columns) and weekday (rows), each cell coloured by style class
 * {@code heat-0}…{@code heat-4} relative to the longest mean in view; a cell without tickets is {@code heat-none}.
 * No chart of JavaFX draws a heat map, so it is a grid of labels (read out by a screen reader, no inline styles).
 */
final class WaitHeatMap {
    static final int LEVELS = 5;

    private final GridPane grid = new GridPane();
    private final ReportTexts texts;

    WaitHeatMap(ReportTexts texts) {
        this.texts = texts;
        grid.getStyleClass().add("wait-heat-map");
        grid.setId("reports-heat-map");
        grid.setHgap(2);
        grid.setVgap(2);
    }

    GridPane node() {
        return grid;
    }

    /**
     * Shows the cells. {@code meanWaitSeconds} maps weekday → hour (0–23) → mean wait; hours outside
     * {@code firstHour}–{@code lastHour} are left out.
     */
    void show(Map<DayOfWeek, Map<Integer, Double>> meanWaitSeconds, int firstHour, int lastHour) {
        grid.getChildren().clear();
        double max = meanWaitSeconds.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        for (int h = firstHour; h <= lastHour; h++) {
            Label hour = new Label(Integer.toString(h));
            hour.getStyleClass().add("heat-hour");
            GridPane.setHalignment(hour, HPos.CENTER);
            grid.add(hour, h - firstHour + 1, 0);
        }
        int row = 1;
        for (DayOfWeek day : DayOfWeek.values()) {
            String dayName = day.getDisplayName(TextStyle.SHORT_STANDALONE, texts.locale());
            Label name = new Label(dayName);
            name.getStyleClass().add("heat-day");
            grid.add(name, 0, row);
            Map<Integer, Double> hours = meanWaitSeconds.getOrDefault(day, Map.of());
            for (int h = firstHour; h <= lastHour; h++) {
                Double secs = hours.get(h);
                Label cell = new Label(secs == null ? "" : Long.toString(Math.round(secs / 60)));
                cell.getStyleClass().addAll("heat-cell", secs == null ? "heat-none" : "heat-" + level(secs, max));
                cell.setId("heat-" + day.getValue() + "-" + h);
                String said = secs == null
                        ? texts.format("heat.cellEmpty", dayName, h)
                        : texts.format("heat.cell", dayName, h, Math.round(secs / 60));
                cell.setAccessibleRole(AccessibleRole.TEXT);
                cell.setAccessibleText(said);
                cell.setTooltip(new Tooltip(said));
                grid.add(cell, h - firstHour + 1, row);
            }
            row++;
        }
    }

    /** 0 (short) … LEVELS-1 (the longest wait in view). */
    static int level(double value, double max) {
        if (max <= 0) {
            return 0;
        }
        return (int) Math.min(LEVELS - 1, Math.floor(value / max * LEVELS));
    }
}
