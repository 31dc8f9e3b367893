package fi.luukku.advisor.stats;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.events.EventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's figures of the point, from the service. Refreshed when the view opens and, while it is shown, after
 * each finished visit the stream reports (no polling).
 */
public class StatisticsViewModel {
    /** One line of the view: a translated label and a value. */
    public record Row(String name, String label, String value) {}

    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final LiveLink link;
    private final Texts texts;
    private final String pointId;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    public StatisticsViewModel(ServiceGateway gateway, TaskRunner runner, LiveLink link, Texts texts, String pointId) {
        this.gateway = gateway;
        this.runner = runner;
        this.link = link;
        this.texts = texts;
        this.pointId = pointId;
        link.onEvent(e -> {
            if (showing.get()
                    && (EventTypes.TICKET_FINISHED.equals(e.type()) || EventTypes.TICKET_ISSUED.equals(e.type()))) {
                refresh();
            }
        });
    }

    public void setShowing(boolean on) {
        showing.set(on);
        if (on) {
            refresh();
        }
    }

    public void refresh() {
        if (!link.isOnline()) {
            error.set(texts.get("error.unreachable"));
            return;
        }
        runner.run(
                () -> gateway.todayStatistics(pointId),
                stats -> {
                    error.set(null);
                    link.reportSuccess();
                    List<Row> out = new ArrayList<>();
                    for (Map.Entry<String, Number> e : stats.figures().entrySet()) {
                        String key = "stats." + e.getKey();
                        String label = texts.has(key) ? texts.get(key) : e.getKey();
                        out.add(new Row(e.getKey(), label, format(e.getKey(), e.getValue())));
                    }
                    rows.setAll(out);
                },
                e -> {
                    link.reportFailure(e);
                    error.set(Failures.message(texts, "action.statistics", e));
                });
    }

    private String format(String name, Number value) {
        if (name.toLowerCase(java.util.Locale.ROOT).contains("seconds")) {
            long s = value.longValue();
            return texts.format("time.minutesSeconds", s / 60, s % 60);
        }
        if (value instanceof Double || value instanceof Float) {
            return String.format(texts.locale(), "%.1f", value.doubleValue());
        }
        return value.toString();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
