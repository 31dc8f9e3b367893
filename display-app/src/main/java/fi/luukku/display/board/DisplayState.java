package fi.luukku.display.board;

import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.EventTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a wall display knows, as an immutable value: the point, its queues, the recent calls (newest first),
 * the tickets currently at a desk, and the staff's info messages. Built from a snapshot and advanced by
 * folding one event at a time; every method returns a new state and never has side effects, so the whole
 * display logic is tested without a window or a network.
 */
public final class DisplayState {
    /** How many calls the state remembers; views show as many of them as fit. */
    public static final int DEFAULT_HISTORY = 24;

    private final PointDto point;
    private final Map<String, QueueDto> queues;
    private final Map<String, CallEntry> atDesks;
    private final List<CallEntry> recentCalls;
    private final List<InfoMessageDto> info;
    private final long lastEventId;
    private final int history;

    private DisplayState(
            PointDto point,
            Map<String, QueueDto> queues,
            Map<String, CallEntry> atDesks,
            List<CallEntry> recentCalls,
            List<InfoMessageDto> info,
            long lastEventId,
            int history) {
        this.point = point;
        this.queues = queues;
        this.atDesks = atDesks;
        this.recentCalls = recentCalls;
        this.info = info;
        this.lastEventId = lastEventId;
        this.history = history;
    }

    /** The state before anything was loaded. */
    public static DisplayState empty() {
        return new DisplayState(null, Map.of(), Map.of(), List.of(), List.of(), 0, DEFAULT_HISTORY);
    }

    public static DisplayState fromSnapshot(SnapshotDto s) {
        return fromSnapshot(s, DEFAULT_HISTORY);
    }

    public static DisplayState fromSnapshot(SnapshotDto s, int history) {
        Map<String, QueueDto> queues = new LinkedHashMap<>();
        for (QueueDto q : nullSafe(s.queues())) {
            queues.put(q.id(), q);
        }
        Map<String, CallEntry> atDesks = new LinkedHashMap<>();
        for (TicketDto t : nullSafe(s.openTickets())) {
            if (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING) {
                atDesks.put(t.id(), CallEntry.of(t));
            }
        }
        List<CallEntry> calls = new ArrayList<>();
        for (TicketDto t : nullSafe(s.recentCalls())) {
            if (t.number() != null && t.deskId() != null && shownOnBoard(t.status())) {
                calls.removeIf(c -> c.ticketId().equals(t.id()));
                calls.add(CallEntry.of(t));
            }
        }
        // the newest call first, whatever order the service listed them in
        calls.sort(Comparator.comparing(CallEntry::calledAt, Comparator.nullsLast(Comparator.reverseOrder())));
        if (calls.size() > history) {
            calls = calls.subList(0, history);
        }
        return new DisplayState(
                s.point(),
                unmodifiableOrdered(queues),
                unmodifiableOrdered(atDesks),
                List.copyOf(calls),
                sortedInfo(s.infoMessages()),
                s.lastEventId(),
                history);
    }

    // ---- reading ------------------------------------------------------------------------------

    public boolean isLoaded() {
        return point != null;
    }

    public PointDto point() {
        return point;
    }

    /** The queues in the order the service listed them. */
    public Collection<QueueDto> queues() {
        return queues.values();
    }

    public Optional<QueueDto> queue(String id) {
        return Optional.ofNullable(id == null ? null : queues.get(id));
    }

    /** Recent calls, newest first. */
    public List<CallEntry> recentCalls() {
        return recentCalls;
    }

    public Optional<CallEntry> latestCall() {
        return recentCalls.isEmpty() ? Optional.empty() : Optional.of(recentCalls.get(0));
    }

    /** The number currently called to, or served at, a desk: the most recently called one. */
    public Optional<CallEntry> currentAtDesk(String deskId) {
        return atDesks.values().stream()
                .filter(c -> Objects.equals(c.deskId(), deskId))
                .max(Comparator.comparing(CallEntry::calledAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    public List<InfoMessageDto> infoMessages() {
        return info;
    }

    public long lastEventId() {
        return lastEventId;
    }

    // ---- folding ------------------------------------------------------------------------------

    /**
     * Folds one ticket event. {@code ticket.called} and {@code ticket.recalled} put the number at the top of
     * the recent calls; a ticket sent back to waiting, parked, transferred or cancelled leaves the board (its
     * customer must not walk to that desk any more); started, finished and no-show keep it in the history.
     */
    public DisplayState withTicketEvent(long eventId, String type, TicketDto t) {
        Map<String, CallEntry> desks = new LinkedHashMap<>(atDesks);
        if (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING) {
            desks.put(t.id(), CallEntry.of(t));
        } else {
            desks.remove(t.id());
        }
        List<CallEntry> calls = new ArrayList<>(recentCalls);
        boolean isCall = EventTypes.TICKET_CALLED.equals(type) || EventTypes.TICKET_RECALLED.equals(type);
        if (isCall && t.deskId() != null && t.number() != null) {
            calls.removeIf(c -> c.ticketId().equals(t.id()));
            CallEntry entry = CallEntry.of(t);
            if (entry.calledAt() == null) {
                entry = new CallEntry(
                        entry.ticketId(),
                        entry.number(),
                        entry.queueId(),
                        entry.deskId(),
                        TicketStatus.CALLED,
                        entry.appointment(),
                        Instant.EPOCH,
                        entry.recalls());
            }
            calls.add(0, entry);
            while (calls.size() > history) {
                calls.remove(calls.size() - 1);
            }
        } else if (!shownOnBoard(t.status()) || EventTypes.TICKET_TRANSFERRED.equals(type)) {
            calls.removeIf(c -> c.ticketId().equals(t.id()));
        } else {
            for (int i = 0; i < calls.size(); i++) {
                CallEntry c = calls.get(i);
                if (c.ticketId().equals(t.id())) {
                    calls.set(
                            i,
                            new CallEntry(
                                    c.ticketId(),
                                    c.number(),
                                    c.queueId(),
                                    c.deskId(),
                                    t.status(),
                                    c.appointment(),
                                    c.calledAt(),
                                    Math.max(c.recalls(), t.recalls())));
                }
            }
        }
        return new DisplayState(
                point,
                queues,
                unmodifiableOrdered(desks),
                List.copyOf(calls),
                info,
                Math.max(lastEventId, eventId),
                history);
    }

    public DisplayState withQueue(long eventId, QueueDto q) {
        Map<String, QueueDto> m = new LinkedHashMap<>(queues);
        m.put(q.id(), q);
        return new DisplayState(
                point, unmodifiableOrdered(m), atDesks, recentCalls, info, Math.max(lastEventId, eventId), history);
    }

    public DisplayState withInfo(long eventId, List<InfoMessageDto> messages) {
        return new DisplayState(
                point, queues, atDesks, recentCalls, sortedInfo(messages), Math.max(lastEventId, eventId), history);
    }

    /** An event the display does not show (help requests, incidents…): only the position in the stream moves. */
    public DisplayState withIgnored(long eventId) {
        return new DisplayState(point, queues, atDesks, recentCalls, info, Math.max(lastEventId, eventId), history);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Statuses in which a called number stays on the board's history. */
    static boolean shownOnBoard(TicketStatus s) {
        return s == TicketStatus.CALLED
                || s == TicketStatus.SERVING
                || s == TicketStatus.FINISHED
                || s == TicketStatus.NO_SHOW;
    }

    private static List<InfoMessageDto> sortedInfo(List<InfoMessageDto> messages) {
        List<InfoMessageDto> l = new ArrayList<>(nullSafe(messages));
        l.removeIf(Objects::isNull);
        l.sort(Comparator.comparingInt(InfoMessageDto::order));
        return List.copyOf(l);
    }

    private static <K, V> Map<K, V> unmodifiableOrdered(Map<K, V> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static <T> List<T> nullSafe(List<T> l) {
        return l == null ? List.of() : l;
    }
}
