package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * One managed kind: its things in a searchable list, the one chosen in a form, and New, Save, Delete and Reload.
 * A stale save (409: someone changed it meanwhile) reloads the thing and says so; a refused one shows the
 * service's words at the field it names. The form keeps what was typed until it is saved.
 */
public final class KindViewModel {
    private final KindSpec kind;
    private final AdminClient admin;
    private final TaskRunner runner;
    private final ManagementTexts texts;
    private final String point;
    private final ObservableList<ObjectNode> items = FXCollections.observableArrayList();
    private final FilteredList<ObjectNode> shown = new FilteredList<>(items, x -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ObjectNode> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "loaded");
    private final ObservableMap<String, ObservableList<String>> choices = FXCollections.observableHashMap();
    private final ThingForm form;

    /** @param point the point a supervisor manages (new things belong to it); null for an admin's whole network */
    public KindViewModel(KindSpec kind, AdminClient admin, TaskRunner runner, ManagementTexts texts, String point) {
        this.kind = kind;
        this.admin = admin;
        this.runner = runner;
        this.texts = texts;
        this.point = point;
        this.form = new ThingForm(kind);
        search.addListener((o, a, b) -> {
            String q = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(
                    n -> q.isEmpty() || n.toString().toLowerCase(Locale.ROOT).contains(q));
        });
        selected.addListener((o, a, b) -> {
            if (b != null) {
                form.load(b);
                message.set(null);
            }
        });
        for (FieldSpec f : kind.fields()) {
            if (f.ref() != null || !f.choices().isEmpty()) {
                choices.put(f.name(), FXCollections.observableArrayList(f.choices()));
            }
        }
        form.clear(point);
    }

    public KindSpec kind() {
        return kind;
    }

    public ThingForm form() {
        return form;
    }

    public FilteredList<ObjectNode> shown() {
        return shown;
    }

    public ObservableList<ObjectNode> items() {
        return items;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ObjectNode> selectedProperty() {
        return selected;
    }

    /** Whether the list has been loaded from the service at least once. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The ids a field may refer to, or its fixed choices. */
    public ObservableList<String> choices(String field) {
        return choices.computeIfAbsent(field, x -> FXCollections.observableArrayList());
    }

    /** How a thing is listed: its id and its name in the workspace's language. */
    public String label(ObjectNode n) {
        String id = n.path(kind.idField()).asText();
        for (String f : List.of("name", "title", "displayName", "text")) {
            var v = n.get(f);
            if (v != null && v.isObject()) {
                String t = v.path(texts.language().code()).asText(v.path("fi").asText(""));
                return id + " — " + t;
            } else if (v != null && v.isTextual()) {
                return id + " — " + v.asText();
            }
        }
        return id;
    }

    /** Loads the list (and the ids each reference may take). */
    public void reload() {
        runner.run(
                () -> {
                    List<ObjectNode> list = admin.list(kind.path(), point);
                    Map<String, List<String>> refs = new java.util.HashMap<>();
                    for (FieldSpec f : kind.fields()) {
                        if (f.ref() != null) {
                            try {
                                refs.put(f.name(), ids(admin.list(f.ref(), point)));
                            } catch (ApiException e) {
                                refs.put(f.name(), List.of()); // typed by hand then
                            }
                        }
                    }
                    return new Object[] {list, refs};
                },
                r -> {
                    @SuppressWarnings("unchecked")
                    List<ObjectNode> list = (List<ObjectNode>) r[0];
                    @SuppressWarnings("unchecked")
                    Map<String, List<String>> refs = (Map<String, List<String>>) r[1];
                    refs.forEach((f, ids) -> choices(f).setAll(ids));
                    String keep = selected.get() == null
                            ? null
                            : selected.get().path(kind.idField()).asText();
                    items.setAll(list);
                    loaded.set(true);
                    if (keep != null) {
                        list.stream()
                                .filter(n -> n.path(kind.idField()).asText().equals(keep))
                                .findFirst()
                                .ifPresent(selected::set);
                    }
                },
                e -> message.set(failure(e)));
    }

    private static List<String> ids(List<ObjectNode> list) {
        return list.stream()
                .map(n ->
                        n.has("id") ? n.get("id").asText() : n.path("username").asText())
                .toList();
    }

    /** A new, empty thing (at the supervisor's point). */
    public void startNew() {
        selected.set(null);
        form.clear(point);
        message.set(texts.get("form.new"));
    }

    /** Sends the form: creates or updates; the answer (with its new version) is shown. */
    public void save() {
        if (!form.check(validationMessages())) {
            message.set(texts.get("form.fixFields"));
            return;
        }
        String id = form.id();
        ObjectNode body = form.toJson();
        runner.run(
                () -> admin.put(kind.path(), id, body),
                saved -> {
                    int at = indexOf(id);
                    if (at >= 0) {
                        items.set(at, saved);
                    } else {
                        items.add(saved);
                    }
                    selected.set(saved);
                    form.load(saved);
                    message.set(texts.format("form.saved", id));
                },
                this::refused);
    }

    /** Deletes the chosen thing (with the version read). */
    public void delete() {
        if (form.isNew()) {
            return;
        }
        String id = form.id();
        long version = form.version();
        runner.run(
                () -> {
                    admin.delete(kind.path(), id, version);
                    return id;
                },
                done -> {
                    int at = indexOf(id);
                    if (at >= 0) {
                        items.remove(at);
                    }
                    selected.set(null);
                    form.clear(point);
                    message.set(texts.format("form.deleted", id));
                },
                this::refused);
    }

    /** Sets a temporary password for the chosen staff account. */
    public void resetPassword(String temporary) {
        String user = form.id();
        runner.run(
                () -> {
                    admin.resetPassword(user, temporary);
                    return user;
                },
                u -> message.set(texts.format("staff.passwordReset", u)),
                this::refused);
    }

    private int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path(kind.idField()).asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void refused(Exception e) {
        if (e instanceof ApiException a && a.status() == 409) {
            String id = form.id();
            message.set(texts.format("form.stale", id));
            runner.run(
                    () -> admin.get(kind.path(), id),
                    fresh -> {
                        int at = indexOf(id);
                        if (at >= 0) {
                            items.set(at, fresh);
                        }
                        selected.set(fresh);
                        form.load(fresh);
                        message.set(texts.format("form.stale", id));
                    },
                    x -> message.set(texts.format("form.stale", id)));
            return;
        }
        if (e instanceof ApiException a
                && a.problem() != null
                && form.shows(a.problem().field())) {
            form.serviceError(a.problem().field(), a.detail());
            message.set(texts.get("form.fixFields"));
            return;
        }
        message.set(failure(e));
    }

    private String failure(Exception e) {
        if (e instanceof ApiException a) {
            if (a.isUnreachable()) {
                return texts.get("error.unreachable");
            }
            return texts.format("error.refused", a.detail());
        }
        return texts.format("error.refused", String.valueOf(e.getMessage()));
    }

    private Map<String, String> validationMessages() {
        return Map.of(
                "required", texts.get("validation.required"),
                "number", texts.get("validation.number"),
                "range", texts.get("validation.range"),
                "tooLong", texts.get("validation.tooLong"));
    }
}
