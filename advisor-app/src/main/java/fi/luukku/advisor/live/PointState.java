package fi.luukku.advisor.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.live.LiveReducer;
import fi.luukku.core.live.LiveState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live state of one point as the console knows it: queues, open tickets, open help requests. The state
 * itself is a {@link LiveState} folded by the same pure {@link LiveReducer} as the wall display's; this class
 * only mirrors it into observable collections for the views, changing just what changed. Filled from a snapshot
 * and kept current by events (never by polling). Changed on the UI thread only.
 */
public class PointState {
    private static final Logger log = LoggerFactory.getLogger(PointState.class);
    private static final int REPLAY_BUFFER = 500;

    private final ObjectMapper mapper;
    private final LiveReducer reducer;
    private final ObservableList<QueueDto> queues = FXCollections.observableArrayList();
    private final ObservableMap<String, TicketDto> tickets = FXCollections.observableHashMap();
    private final ObservableList<HelpRequestDto> openHelp = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Deque<LuukkuEvent> recent = new ArrayDeque<>();
    private LiveState live = LiveState.empty();

    public PointState(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reducer = new LiveReducer(mapper);
    }

    public ObservableList<QueueDto> queues() {
        return queues;
    }

    /** Open tickets (waiting, called, serving, parked) by id. */
    public ObservableMap<String, TicketDto> tickets() {
        return tickets;
    }

    public ObservableList<HelpRequestDto> openHelp() {
        return openHelp;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public long lastEventId() {
        return live.lastEventId();
    }

    /** The state as one immutable value (what the views show is a mirror of it). */
    public LiveState live() {
        return live;
    }

    /** Replaces everything with a snapshot, then re-applies any newer events that arrived before it. */
    public void applySnapshot(SnapshotDto snapshot) {
        LiveState next = LiveState.fromSnapshot(snapshot);
        for (LuukkuEvent e : List.copyOf(recent)) {
            if (e.id() > snapshot.lastEventId()) {
                next = fold(next, e);
            }
        }
        show(next);
        loaded.set(true);
    }

    /** Applies one event from the stream. */
    public void apply(LuukkuEvent event) {
        recent.addLast(event);
        while (recent.size() > REPLAY_BUFFER) {
            recent.removeFirst();
        }
        show(fold(live, event));
    }

    /** The id of the ticket a {@code ticket.*} event carries; null when unreadable. */
    public String ticketId(LuukkuEvent event) {
        TicketDto t = reducer.ticketOf(event);
        return t == null ? null : t.id();
    }

    /** The data of an event read as the given type; null when it cannot be read. */
    public <T> T read(LuukkuEvent event, Class<T> type) {
        try {
            return event.dataAs(mapper, type);
        } catch (RuntimeException e) {
            log.warn("event {} ({}) has data the console cannot read", event.id(), event.type(), e);
            return null;
        }
    }

    /** Applies a ticket the console got back from its own call (the event will say the same a moment later). */
    public void applyTicket(TicketDto t) {
        if (t != null && t.id() != null) {
            show(live.withTicket(t));
        }
    }

    public void removeHelp(String helpId) {
        show(live.withHelpAcknowledged(0, helpId));
    }

    private LiveState fold(LiveState s, LuukkuEvent e) {
        return reducer.applyLenient(s, e, bad -> log.warn("{}; skipped", bad.getMessage(), bad));
    }

    /** Mirrors the new state, touching only what changed (an open visit must never look closed for a moment). */
    private void show(LiveState next) {
        live = next;
        List<QueueDto> q = List.copyOf(next.queues());
        if (!q.equals(queues)) {
            queues.setAll(q);
        }
        Map<String, TicketDto> open = next.openTickets();
        tickets.keySet().retainAll(open.keySet());
        for (Map.Entry<String, TicketDto> e : open.entrySet()) {
            if (!Objects.equals(tickets.get(e.getKey()), e.getValue())) {
                tickets.put(e.getKey(), e.getValue());
            }
        }
        if (!next.openHelp().equals(openHelp)) {
            openHelp.setAll(next.openHelp());
        }
    }
}
