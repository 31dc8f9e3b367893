package fi.luukku.core.live;

import fi.luukku.core.api.HelpRequestDto;
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
 * What a client knows of one point's live queues, as an immutable value: the point, its queues, the open
 * tickets (waiting, called, serving, parked), the recent calls (newest first), the tickets currently at a desk,
 * the open help requests and the staff's info messages. Built from a snapshot and advanced by folding one event
 * at a time ({@link LiveReducer}); every method returns a new state and never has side effects. The wall display
 * and the advisor console both keep their live state with it, so they cannot disagree about a queue.
 */
public final class LiveState {
    /** How many calls the state remembers; views show as many of them as fit. */
    public static final int DEFAULT_HISTORY = 24;

    private final PointDto point;
    private final Map<String, QueueDto> queues;
    private final Map<String, CallEntry> atDesks;
    private final List<CallEntry> recentCalls;
    private final List<InfoMessageDto> info;
    private final Map<String, TicketDto> open;
    private final List<HelpRequestDto> help;
    private final long lastEventId;
    private final int history;

    private LiveState(
            PointDto point,
            Map<String, QueueDto> queues,
            Map<String, CallEntry> atDesks,
            List<CallEntry> recentCalls,
            List<InfoMessageDto> info,
            Map<String, TicketDto> open,
            List<HelpRequestDto> help,
            long lastEventId,
            int history) {
        this.point = point;
        this.queues = queues;
        this.atDesks = atDesks;
        this.recentCalls = recentCalls;
        this.info = info;
        this.open = open;
        this.help = help;
        this.lastEventId = lastEventId;
        this.history = history;
    }

    /** The state before anything was loaded. */
    public static LiveState empty() {
        return new LiveState(null, Map.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(), 0, DEFAULT_HISTORY);
    }

    private LiveState with(
            Map<String, QueueDto> queues,
            Map<String, CallEntry> atDesks,
            List<CallEntry> recentCalls,
            List<InfoMessageDto> info,
            Map<String, TicketDto> open,
            List<HelpRequestDto> help,
            long eventId) {
        return new LiveState(
                point, queues, atDesks, recentCalls, info, open, help, Math.max(lastEventId, eventId), history);
    }

    public static LiveState fromSnapshot(SnapshotDto s) {
        return fromSnapshot(s, DEFAULT_HISTORY);
    }

    public static LiveState fromSnapshot(SnapshotDto s, int history) {
        Map<String, QueueDto> queues = new LinkedHashMap<>();
        for (QueueDto q : nullSafe(s.queues())) {
            queues.put(q.id(), q);
        }
        Map<String, CallEntry> atDesks = new LinkedHashMap<>();
        Map<String, TicketDto> open = new LinkedHashMap<>();
        for (TicketDto t : nullSafe(s.openTickets())) {
            if (t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING) {
                atDesks.put(t.id(), CallEntry.of(t));
            }
            if (t.id() != null && t.status() != null && t.status().isOpen()) {
                open.put(t.id(), t);
            }
        }
        List<HelpRequestDto> help = nullSafe(s.openHelpRequests()).stream()
                .filter(h -> h != null && h.id() != null && h.acknowledgedAt() == null)
                .toList();
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
        return new LiveState(
                s.point(),
                unmodifiableOrdered(queues),
                unmodifiableOrdered(atDesks),
                List.copyOf(calls),
                sortedInfo(s.infoMessages()),
                unmodifiableOrdered(open),
                help,
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

    /** The open tickets (waiting, called, serving, parked) by id, in the order they became known. */
    public Map<String, TicketDto> openTickets() {
        return open;
    }

    /** Help requests nobody has acknowledged yet, oldest first. */
    public List<HelpRequestDto> openHelp() {
        return help;
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
    public LiveState withTicketEvent(long eventId, String type, TicketDto t) {
        Map<String, TicketDto> tickets = new LinkedHashMap<>(open);
        if (t.id() != null && t.status() != null && t.status().isOpen()) {
            tickets.put(t.id(), t);
        } else {
            tickets.remove(t.id());
        }
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
        return with(
                queues,
                unmodifiableOrdered(desks),
                List.copyOf(calls),
                info,
                unmodifiableOrdered(tickets),
                help,
                eventId);
    }

    /**
     * A ticket a client got back from its own call (the stream will say the same a moment later): it only
     * updates the open tickets and the desks; the stream position and the call history stay.
     */
    public LiveState withTicket(TicketDto t) {
        LiveState s = withTicketEvent(0, null, t);
        return new LiveState(point, queues, s.atDesks, recentCalls, info, s.open, help, lastEventId, history);
    }

    public LiveState withQueue(long eventId, QueueDto q) {
        Map<String, QueueDto> m = new LinkedHashMap<>(queues);
        m.put(q.id(), q);
        return with(unmodifiableOrdered(m), atDesks, recentCalls, info, open, help, eventId);
    }

    public LiveState withInfo(long eventId, List<InfoMessageDto> messages) {
        return with(queues, atDesks, recentCalls, sortedInfo(messages), open, help, eventId);
    }

    /** A new help request (kept once, even when the stream repeats it). */
    public LiveState withHelpRequested(long eventId, HelpRequestDto h) {
        if (h.acknowledgedAt() != null || help.stream().anyMatch(x -> x.id().equals(h.id()))) {
            return withIgnored(eventId);
        }
        List<HelpRequestDto> l = new ArrayList<>(help);
        l.add(h);
        return with(queues, atDesks, recentCalls, info, open, List.copyOf(l), eventId);
    }

    /** Somebody went to help: the request leaves the open ones. */
    public LiveState withHelpAcknowledged(long eventId, String helpId) {
        List<HelpRequestDto> l = new ArrayList<>(help);
        l.removeIf(x -> x.id().equals(helpId));
        return with(queues, atDesks, recentCalls, info, open, List.copyOf(l), eventId);
    }

    /** An event this state does not keep (incidents, devices…): only the position in the stream moves. */
    public LiveState withIgnored(long eventId) {
        return with(queues, atDesks, recentCalls, info, open, help, eventId);
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
