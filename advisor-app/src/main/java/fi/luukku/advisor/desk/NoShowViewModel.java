package fi.luukku.advisor.desk;

import fi.luukku.advisor.Texts;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.service.Failures;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;

/**
 * No-show with a second look: the first press only asks (press again to confirm), the second marks the
 * customer as not come; for five minutes after that the desk can take it back and the ticket waits again at
 * its old place in the queue.
 */
public class NoShowViewModel {
    /** How long a no-show can be taken back (the service allows the same). */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(5);
    /** How long the first press waits for the confirming one. */
    static final Duration CONFIRM_WINDOW = Duration.ofSeconds(10);

    /** A no-show that may still be taken back. */
    public record Undoable(String ticketId, String number, Instant until) {}

    private final Texts texts;
    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final LiveLink link;
    private final Clock clock;
    private final Consumer<String> message;
    private final Consumer<String> error;
    private final ReadOnlyBooleanWrapper armed = new ReadOnlyBooleanWrapper(this, "armed");
    private final ReadOnlyObjectWrapper<Undoable> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private final BooleanBinding canUndo;
    private Instant armedAt = Instant.MIN;

    NoShowViewModel(
            Texts texts,
            ServiceGateway gateway,
            TaskRunner runner,
            LiveLink link,
            Clock clock,
            ObservableObjectValue<Instant> now,
            Consumer<String> message,
            Consumer<String> error) {
        this.texts = texts;
        this.gateway = gateway;
        this.runner = runner;
        this.link = link;
        this.clock = clock;
        this.message = message;
        this.error = error;
        this.canUndo = Bindings.createBooleanBinding(
                () -> undoable.get() != null
                        && link.isOnline()
                        && (now.get() == null
                                || !now.get().isAfter(undoable.get().until())),
                undoable,
                now,
                link.onlineProperty());
    }

    /**
     * The no-show key or button: the first press asks, a second press within a few seconds says yes.
     *
     * @return true when this press confirms (the caller marks the no-show now)
     */
    boolean press(TicketDto t) {
        Instant at = clock.instant();
        if (armed.get() && !at.isAfter(armedAt.plus(CONFIRM_WINDOW))) {
            armed.set(false);
            return true;
        }
        armed.set(true);
        armedAt = at;
        message.accept(texts.format("status.noShowConfirm", t.number()));
        return false;
    }

    /** Anything else happened (another action, the visit changed): the question is off. */
    void disarm() {
        armed.set(false);
    }

    /** The no-show went through: it can be taken back for five minutes. */
    void marked(TicketDto t) {
        undoable.set(new Undoable(t.id(), t.number(), clock.instant().plus(UNDO_WINDOW)));
        message.accept(texts.format("status.noShowUndoable", t.number()));
    }

    /** Takes the last no-show back (Shift+F5): the ticket waits at its old place again. */
    public void undo() {
        Undoable u = undoable.get();
        if (u == null || !link.isOnline()) {
            return;
        }
        if (clock.instant().isAfter(u.until())) {
            undoable.set(null);
            error.accept(texts.format("status.noShowUndoExpired", u.number()));
            return;
        }
        runner.run(
                () -> gateway.undoNoShow(u.ticketId()),
                t -> {
                    link.reportSuccess();
                    undoable.set(null);
                    link.state().applyTicket(t);
                    message.accept(texts.format("status.noShowUndone", u.number()));
                },
                e -> {
                    link.reportFailure(e);
                    error.accept(Failures.message(texts, "action.undoNoShow", e));
                });
    }

    public ReadOnlyBooleanProperty armedProperty() {
        return armed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Undoable> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    public BooleanBinding canUndo() {
        return canUndo;
    }
}
