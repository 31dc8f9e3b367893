package fi.luukku.display.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.live.CallEntry;
import fi.luukku.core.live.LiveReducer;
import fi.luukku.core.live.LiveState;
import fi.luukku.display.feed.DisplayFeed;
import fi.luukku.display.feed.LinkStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link LiveState} of one display, folds the stream's events into it, and tells its
 * listeners what changed and which calls are new. Knows which events were already announced, so a reloaded
 * snapshot or a resumed stream never chimes twice for the same call, while a recall always chimes again.
 * Used on the UI thread only.
 */
public final class DisplayStore implements DisplayFeed.Sink {
    private static final Logger log = LoggerFactory.getLogger(DisplayStore.class);

    /** What happened: the new state, the calls to announce (oldest first), and whether it was a full reload. */
    public record Change(LiveState state, List<CallEntry> newCalls, boolean reload) {}

    public interface Listener {
        void changed(Change change);
    }

    private final LiveReducer reducer;
    private final int history;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private LiveState state = LiveState.empty();
    private Map<String, DeskDto> desks = Map.of();
    private long announcedUpTo;
    private LinkStatus link = LinkStatus.CONNECTING;

    public DisplayStore(ObjectMapper mapper, int history) {
        this.reducer = new LiveReducer(mapper);
        this.history = history;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public LiveState state() {
        return state;
    }

    public Map<String, DeskDto> desks() {
        return desks;
    }

    public LinkStatus link() {
        return link;
    }

    @Override
    public void link(LinkStatus status) {
        if (link != status) {
            link = status;
            fire(new Change(state, List.of(), false));
        }
    }

    @Override
    public void event(LuukkuEvent e) {
        apply(e);
    }

    /** Replaces everything with a freshly loaded snapshot; only calls missed while away are announced. */
    @Override
    public void reload(SnapshotDto snapshot, List<DeskDto> deskList) {
        Map<String, DeskDto> m = new LinkedHashMap<>();
        if (deskList != null) {
            for (DeskDto d : deskList) {
                m.put(d.id(), d);
            }
        }
        desks = java.util.Collections.unmodifiableMap(m);
        LiveState before = state;
        state = LiveState.fromSnapshot(snapshot, history);
        // a service whose event log started again hands out smaller ids: follow it down
        announcedUpTo = snapshot.lastEventId();
        fire(new Change(state, before.isLoaded() ? callsMissedMeanwhile(before, state) : List.of(), true));
    }

    /**
     * Calls made while this display was away (found by comparing with what it showed before a reload): still
     * standing called, so still worth a chime, oldest first. The first load announces nothing.
     */
    static List<CallEntry> callsMissedMeanwhile(LiveState before, LiveState after) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CallEntry c : before.recentCalls()) {
            seen.add(c.ticketId() + "#" + c.recalls());
        }
        List<CallEntry> missed = new ArrayList<>();
        for (CallEntry c : after.recentCalls()) {
            if (c.status() == fi.luukku.core.domain.TicketStatus.CALLED
                    && !seen.contains(c.ticketId() + "#" + c.recalls())) {
                missed.add(0, c);
            }
        }
        return List.copyOf(missed);
    }

    /** Folds one event from the stream. Events already folded (by id) are skipped. */
    public void apply(LuukkuEvent e) {
        if (!state.isLoaded()) {
            return; // before the first snapshot there is nothing to fold into; the snapshot will contain it
        }
        if (e.id() > 0 && e.id() <= state.lastEventId()) {
            return; // already folded: no change to announce
        }
        LiveState next = reducer.applyLenient(
                state,
                e,
                bad -> log.warn("event {} ({}) has data the display cannot read; skipped", e.id(), e.type(), bad));
        List<CallEntry> calls = new ArrayList<>(1);
        boolean call = EventTypes.TICKET_CALLED.equals(e.type()) || EventTypes.TICKET_RECALLED.equals(e.type());
        TicketDto t = call ? reducer.ticketOf(e) : null;
        if (t != null && (e.id() <= 0 || e.id() > announcedUpTo)) {
            next.recentCalls().stream()
                    .filter(c -> c.ticketId().equals(t.id()))
                    .findFirst()
                    .ifPresent(calls::add);
        }
        announcedUpTo = Math.max(announcedUpTo, e.id());
        state = next;
        fire(new Change(state, List.copyOf(calls), false));
    }

    private void fire(Change c) {
        for (Listener l : listeners) {
            l.changed(c);
        }
    }
}
