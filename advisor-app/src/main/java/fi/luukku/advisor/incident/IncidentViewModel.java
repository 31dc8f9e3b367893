package fi.luukku.advisor.incident;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.drafts.TextKeeper;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.concurrent.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The incident button: record a threatening or disruptive situation in seconds (category, severity, a few
 * words). The time is taken when the button is pressed, not when the form is saved; the same idempotency key
 * is kept until the service has the record, so a retry never makes two.
 */
public class IncidentViewModel {
    /** The categories offered (keys 1–4 in the panel). */
    public enum Category {
        THREAT,
        VIOLENCE,
        DISTURBANCE,
        OTHER
    }

    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final LiveLink link;
    private final Session session;
    private final Texts texts;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObjectProperty<Category> category =
            new SimpleObjectProperty<>(this, "category", Category.DISTURBANCE);
    private final IntegerProperty severity = new SimpleIntegerProperty(this, "severity", 2);
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canSave;
    private Instant occurredAt;
    private String key;

    public IncidentViewModel(
            ServiceGateway gateway,
            TaskRunner runner,
            LiveLink link,
            Session session,
            Texts texts,
            Clock clock,
            DraftStore drafts) {
        this.gateway = gateway;
        this.runner = runner;
        this.link = link;
        this.session = session;
        this.texts = texts;
        this.clock = clock;
        this.canSave = Bindings.createBooleanBinding(
                () -> link.onlineProperty().get() && !busy.get() && open.get(), link.onlineProperty(), busy, open);
        // what was typed is kept locally until the service has it, and comes back after a restart
        TextKeeper keeper = new TextKeeper(drafts, runner);
        keeper.restore(DraftStore.INCIDENT_TEXT, text -> {
            if (description.get() == null || description.get().isEmpty()) {
                description.set(text);
            }
        });
        description.addListener((o, was, is) -> keeper.keep(DraftStore.INCIDENT_TEXT, is));
    }

    /** F12: opens the form, stamping the time now. A form already open keeps what was typed. */
    public void begin() {
        if (!open.get()) {
            if (key == null) {
                occurredAt = clock.instant();
                key = UUID.randomUUID().toString();
            }
            error.set(null);
            open.set(true);
        }
    }

    public void cancel() {
        open.set(false);
    }

    public void chooseCategoryNumber(int n) {
        if (n >= 1 && n <= Category.values().length) {
            category.set(Category.values()[n - 1]);
        }
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        IncidentDto dto = new IncidentDto(
                null,
                session.pointId(),
                session.deskId(),
                category.get().name(),
                severity.get(),
                description.get() == null ? "" : description.get().trim(),
                occurredAt,
                null,
                null);
        String k = key;
        busy.set(true);
        error.set(null);
        runner.run(
                () -> gateway.recordIncident(session.pointId(), dto, k),
                saved -> {
                    busy.set(false);
                    link.reportSuccess();
                    open.set(false);
                    key = null;
                    description.set("");
                    category.set(Category.DISTURBANCE);
                    severity.set(2);
                    message.set(texts.get("incident.saved"));
                },
                e -> {
                    busy.set(false);
                    link.reportFailure(e);
                    error.set(Failures.message(texts, "action.incident", e));
                });
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public IntegerProperty severityProperty() {
        return severity;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
