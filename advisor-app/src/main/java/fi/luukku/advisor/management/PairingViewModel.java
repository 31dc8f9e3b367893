package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Device pairing: the code a waiting kiosk, feedback terminal or display shows, the point and role it gets and its
 * name; approving gives the device its own token, which it collects itself.
 */
public final class PairingViewModel {
    public static final List<String> ROLES = List.of("KIOSK", "DISPLAY", "FEEDBACK_TERMINAL");

    private final AdminClient admin;
    private final TaskRunner runner;
    private final ManagementTexts texts;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty point = new SimpleStringProperty(this, "point");
    private final StringProperty role = new SimpleStringProperty(this, "role", "KIOSK");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<String> points = FXCollections.observableArrayList();
    private final ObservableList<ObjectNode> pending = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public PairingViewModel(AdminClient admin, TaskRunner runner, ManagementTexts texts, String point) {
        this.admin = admin;
        this.runner = runner;
        this.texts = texts;
        this.point.set(point);
    }

    public void reload() {
        runner.run(
                () -> new Object[] {
                    admin.pendingPairings(),
                    admin.list("points", null).stream()
                            .map(n -> n.path("id").asText())
                            .toList()
                },
                r -> {
                    @SuppressWarnings("unchecked")
                    List<ObjectNode> p = (List<ObjectNode>) r[0];
                    @SuppressWarnings("unchecked")
                    List<String> ids = (List<String>) r[1];
                    pending.setAll(p);
                    points.setAll(ids);
                    if (point.get() == null && !ids.isEmpty()) {
                        point.set(ids.get(0));
                    }
                },
                e -> error.set(failure(e)));
    }

    /** Approves the code typed (or picked from the pending list). */
    public void approve() {
        String c = code.get() == null ? "" : code.get().strip();
        if (c.isEmpty()) {
            error.set(texts.get("pairing.codeRequired"));
            return;
        }
        if (point.get() == null || point.get().isBlank()) {
            error.set(texts.get("pairing.pointRequired"));
            return;
        }
        String p = point.get();
        String r = role.get();
        String n = name.get() == null || name.get().isBlank()
                ? r.toLowerCase(java.util.Locale.ROOT) + "-" + c
                : name.get();
        error.set(null);
        runner.run(
                () -> admin.approvePairing(c, p, r, n.strip()),
                done -> {
                    message.set(texts.format(
                            "pairing.approved", c, done.path("name").asText()));
                    code.set("");
                    name.set("");
                    reload();
                },
                e -> error.set(
                        e instanceof ApiException a && a.status() == 404
                                ? texts.format("pairing.unknownCode", c)
                                : failure(e)));
    }

    private String failure(Exception e) {
        if (e instanceof ApiException a && a.isUnreachable()) {
            return texts.get("error.unreachable");
        }
        return texts.format("error.refused", e instanceof ApiException a ? a.detail() : e.getMessage());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty pointProperty() {
        return point;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<String> points() {
        return points;
    }

    public ObservableList<ObjectNode> pending() {
        return pending;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
