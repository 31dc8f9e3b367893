package fi.luukku.advisor.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The live state of one point as the console knows it: queues, open tickets, open help requests. Filled from a
 * snapshot and kept current by events (never by polling). Changed on the UI thread only.
 */
public class PointState {
    private static final int REPLAY_BUFFER = 500;

    private final ObjectMapper mapper;
    private final ObservableList<QueueDto> queues = FXCollections.observableArrayList();
    private final ObservableMap<String, TicketDto> tickets = FXCollections.observableHashMap();
    private final ObservableList<HelpRequestDto> openHelp = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Deque<LuukkuEvent> recent = new ArrayDeque<>();
    private long lastEventId;

    public PointState(ObjectMapper mapper) {
        this.mapper = mapper;
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
        return lastEventId;
    }

    /** Replaces everything with a snapshot, then re-applies any newer events that arrived before it. */
    public void applySnapshot(SnapshotDto snapshot) {
        queues.setAll(nullSafe(snapshot.queues()));
        // update in place: a ticket still open must not look closed for a moment (the desk would let its visit go)
        java.util.Map<String, TicketDto> open = new java.util.LinkedHashMap<>();
        for (TicketDto t : nullSafe(snapshot.openTickets())) {
            if (t.status() != null && t.status().isOpen()) {
                open.put(t.id(), t);
            }
        }
        tickets.keySet().retainAll(open.keySet());
        tickets.putAll(open);
        openHelp.setAll(nullSafe(snapshot.openHelpRequests()).stream()
                .filter(h -> h.acknowledgedAt() == null)
                .toList());
        lastEventId = snapshot.lastEventId();
        for (LuukkuEvent e : List.copyOf(recent)) {
            if (e.id() > snapshot.lastEventId()) {
                applyQuietly(e);
            }
        }
        loaded.set(true);
    }

    /** Applies one event from the stream. */
    public void apply(LuukkuEvent event) {
        recent.addLast(event);
        while (recent.size() > REPLAY_BUFFER) {
            recent.removeFirst();
        }
        applyQuietly(event);
    }

    /** The id of the ticket a {@code ticket.*} event carries; null when unreadable. */
    public String ticketId(LuukkuEvent event) {
        try {
            TicketDto t = event.dataAs(mapper, TicketDto.class);
            return t == null ? null : t.id();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void applyQuietly(LuukkuEvent event) {
        String type = event.type();
        if (type.startsWith("ticket.")) {
            TicketDto t = event.dataAs(mapper, TicketDto.class);
            if (t != null && t.id() != null) {
                if (t.status() != null && t.status().isOpen()) {
                    tickets.put(t.id(), t);
                } else {
                    tickets.remove(t.id());
                }
            }
        } else if (EventTypes.QUEUE_UPDATED.equals(type)) {
            QueueDto q = event.dataAs(mapper, QueueDto.class);
            replaceQueue(q);
        } else if (EventTypes.HELP_REQUESTED.equals(type)) {
            HelpRequestDto h = event.dataAs(mapper, HelpRequestDto.class);
            if (h.acknowledgedAt() == null && openHelp.stream().noneMatch(x -> x.id().equals(h.id()))) {
                openHelp.add(h);
            }
        } else if (EventTypes.HELP_ACKNOWLEDGED.equals(type)) {
            HelpRequestDto h = event.dataAs(mapper, HelpRequestDto.class);
            removeHelp(h.id());
        }
        if (event.id() > lastEventId) {
            lastEventId = event.id();
        }
    }

    /** Applies a ticket the console got back from its own call (the event will say the same a moment later). */
    public void applyTicket(TicketDto t) {
        if (t == null) {
            return;
        }
        if (t.status() != null && t.status().isOpen()) {
            tickets.put(t.id(), t);
        } else {
            tickets.remove(t.id());
        }
    }

    public void removeHelp(String helpId) {
        openHelp.removeIf(x -> x.id().equals(helpId));
    }

    private void replaceQueue(QueueDto q) {
        for (int i = 0; i < queues.size(); i++) {
            if (queues.get(i).id().equals(q.id())) {
                queues.set(i, q);
                return;
            }
        }
        queues.add(q);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
