package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The devices of a point (an admin picks any point) with their health: last seen, printer state, outbox backlog,
 * and an alert when silent or faulty; revoke and rotate a device's token.
 */
public final class DevicesViewModel {
    private final AdminClient admin;
    private final TaskRunner runner;
    private final ManagementTexts texts;
    private final ObservableList<String> points = FXCollections.observableArrayList();
    private final StringProperty point = new SimpleStringProperty(this, "point");
    private final ObservableList<ObjectNode> devices = FXCollections.observableArrayList();
    private final ObjectProperty<ObjectNode> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    /** @param point the supervisor's point, or the admin's first choice (null: the first point listed) */
    public DevicesViewModel(AdminClient admin, TaskRunner runner, ManagementTexts texts, String point) {
        this.admin = admin;
        this.runner = runner;
        this.texts = texts;
        this.point.set(point);
        this.point.addListener((o, a, b) -> reload());
    }

    public ObservableList<String> points() {
        return points;
    }

    public StringProperty pointProperty() {
        return point;
    }

    public ObservableList<ObjectNode> devices() {
        return devices;
    }

    public ObjectProperty<ObjectNode> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Loads the points one may choose, then the chosen point's devices with their health. */
    public void reload() {
        String p = point.get();
        runner.run(
                () -> {
                    List<String> ids = admin.list("points", null).stream()
                            .map(n -> n.path("id").asText())
                            .toList();
                    String at = p != null ? p : ids.isEmpty() ? null : ids.get(0);
                    return new Object[] {ids, at, at == null ? List.of() : merged(at)};
                },
                r -> {
                    @SuppressWarnings("unchecked")
                    List<String> ids = (List<String>) r[0];
                    if (!points.equals(ids)) {
                        points.setAll(ids);
                    }
                    if (point.get() == null && r[1] != null) {
                        point.set((String) r[1]); // reloads once more, harmless
                    }
                    @SuppressWarnings("unchecked")
                    List<ObjectNode> rows = (List<ObjectNode>) r[2];
                    devices.setAll(rows);
                },
                e -> message.set(failure(e)));
    }

    /** Every device credential of the point, with its last heartbeat when it has sent one. */
    private List<ObjectNode> merged(String at) {
        Map<String, ObjectNode> byName = new LinkedHashMap<>();
        for (ObjectNode d : admin.devices(at)) {
            byName.put(d.path("name").asText(), d.deepCopy());
        }
        for (ObjectNode h : admin.deviceHealth(at)) {
            ObjectNode d = byName.computeIfAbsent(
                    h.path("device").asText(), k -> h.objectNode().put("name", k));
            h.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("device")) {
                    d.set(e.getKey().equals("version") ? "appVersion" : e.getKey(), e.getValue());
                }
            });
        }
        return List.copyOf(byName.values());
    }

    /** The state shown for a device: never seen, silent, printer fault, or ok. */
    public String state(ObjectNode d) {
        if (!d.has("lastSeenAt")) {
            return texts.get("devices.neverSeen");
        }
        if (d.path("silent").asBoolean()) {
            return texts.get("devices.silent");
        }
        if (d.path("fault").asBoolean()) {
            return texts.format("devices.fault", d.path("printer").asText());
        }
        return texts.get("devices.ok");
    }

    public boolean alert(ObjectNode d) {
        return d.path("silent").asBoolean() || d.path("fault").asBoolean();
    }

    public void revoke() {
        ObjectNode d = selected.get();
        String at = point.get();
        if (d == null || at == null) {
            return;
        }
        String name = d.path("name").asText();
        runner.run(
                () -> {
                    admin.revokeDevice(at, name);
                    return name;
                },
                n -> {
                    message.set(texts.format("devices.revoked", n));
                    selected.set(null);
                    reload();
                },
                e -> message.set(failure(e)));
    }

    public void rotate() {
        ObjectNode d = selected.get();
        String at = point.get();
        if (d == null || at == null) {
            return;
        }
        String name = d.path("name").asText();
        runner.run(
                () -> admin.rotateDevice(at, name),
                r -> message.set(
                        texts.format("devices.rotated", name, r.path("token").asText())),
                e -> message.set(failure(e)));
    }

    private String failure(Exception e) {
        if (e instanceof ApiException a && a.isUnreachable()) {
            return texts.get("error.unreachable");
        }
        return texts.format("error.refused", e instanceof ApiException a ? a.detail() : e.getMessage());
    }
}
