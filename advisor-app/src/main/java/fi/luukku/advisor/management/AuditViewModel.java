package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.api.AdminClient;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The audit log, newest first: who changed what when, before and after; searchable. */
public final class AuditViewModel {
    private final AdminClient admin;
    private final TaskRunner runner;
    private final ManagementTexts texts;
    private final ObservableList<ObjectNode> entries = FXCollections.observableArrayList();
    private final FilteredList<ObjectNode> shown = new FilteredList<>(entries, x -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    public AuditViewModel(AdminClient admin, TaskRunner runner, ManagementTexts texts) {
        this.admin = admin;
        this.runner = runner;
        this.texts = texts;
        search.addListener((o, a, b) -> {
            String q = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(
                    n -> q.isEmpty() || n.toString().toLowerCase(Locale.ROOT).contains(q));
        });
    }

    public void reload() {
        runner.run(
                () -> admin.audit(null, 500),
                entries::setAll,
                e -> message.set(
                        e instanceof ApiException a && a.isUnreachable()
                                ? texts.get("error.unreachable")
                                : texts.format("error.refused", e.getMessage())));
    }

    public FilteredList<ObjectNode> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
