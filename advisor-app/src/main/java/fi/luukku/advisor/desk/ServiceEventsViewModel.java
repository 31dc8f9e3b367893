package fi.luukku.advisor.desk;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.drafts.RecordedEvent;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.PointState;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.TicketDto;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The service events of the visit at hand: ticked with one click or one key (Ctrl+digit), kept with the visit
 * and sent when it leaves the desk; the last one not yet sent can be taken back.
 */
public class ServiceEventsViewModel {
    private final Session session;
    private final Catalog catalog;
    private final PointState state;
    private final TriageViewModel triage;
    private final Clock clock;
    private final ObservableObjectValue<TicketDto> current;
    private final Consumer<ServiceEventTypeDto> onRecorded;
    private final ObservableList<RecordedEvent> events = FXCollections.observableArrayList();
    private final BooleanBinding canRecord;

    ServiceEventsViewModel(
            Session session,
            Catalog catalog,
            PointState state,
            TriageViewModel triage,
            Clock clock,
            ObservableObjectValue<TicketDto> current,
            Consumer<ServiceEventTypeDto> onRecorded) {
        this.session = session;
        this.catalog = catalog;
        this.state = state;
        this.triage = triage;
        this.clock = clock;
        this.current = current;
        this.onRecorded = onRecorded;
        // ticking an event needs no service: it is kept with the visit and sent at finish
        this.canRecord = Bindings.createBooleanBinding(() -> current.get() != null, current);
    }

    /** Ticks one service event of a type: one click or one key, no dialog. */
    public void record(ServiceEventTypeDto type) {
        TicketDto t = current.get();
        if (t == null || type == null) {
            return;
        }
        events.add(new RecordedEvent(UUID.randomUUID().toString(), type.id(), authorityFor(t), clock.instant(), false));
        onRecorded.accept(type);
    }

    /**
     * Ticks the event type on key Ctrl+n: the type whose configured shortcut is {@code n}, or, when the point
     * configures no shortcuts, the n-th type in the configured order.
     */
    public void recordNumber(int n) {
        var types = catalog.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            Integer key = shortcutOf(types.get(i), i);
            if (key != null && key == n) {
                record(types.get(i));
                return;
            }
        }
    }

    /** The digit 1–9 that records this type (its configured shortcut, else its position), or null. */
    public Integer shortcutOf(ServiceEventTypeDto type, int index) {
        boolean configured = catalog.eventTypes().stream().anyMatch(t -> digit(t.shortcut()) != null);
        if (configured) {
            return digit(type.shortcut());
        }
        return index < 9 ? index + 1 : null;
    }

    private static Integer digit(String shortcut) {
        if (shortcut == null) {
            return null;
        }
        String s = shortcut.trim();
        if (s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '9') {
            return s.charAt(0) - '0';
        }
        return null;
    }

    /** Takes back the last event not yet sent. */
    public void undoLast() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!events.get(i).sent()) {
                events.remove(i);
                return;
            }
        }
    }

    String authorityFor(TicketDto t) {
        if (triage.authorityIdProperty().get() != null) {
            return triage.authorityIdProperty().get();
        }
        if (t.serviceId() != null) {
            var s = catalog.service(t.serviceId());
            if (s.isPresent()) {
                return s.get().authorityId();
            }
        }
        return state.queues().stream()
                .filter(q -> q.id().equals(t.queueId()))
                .map(QueueDto::authorityId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(session.authorityId());
    }

    /** The events not yet accepted by the service, in the shape the service takes them. */
    public List<ServiceEventDto> unsent() {
        List<ServiceEventDto> out = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (!e.sent()) {
                out.add(new ServiceEventDto(e.key(), e.typeId(), e.authorityId(), 1, e.recordedAt()));
            }
        }
        return out;
    }

    /** Every event of the visit is now with the service. */
    void markAllSent() {
        events.replaceAll(RecordedEvent::asSent);
    }

    boolean allSent() {
        return events.stream().allMatch(RecordedEvent::sent);
    }

    public ObservableList<RecordedEvent> events() {
        return events;
    }

    public BooleanBinding canRecord() {
        return canRecord;
    }
}
