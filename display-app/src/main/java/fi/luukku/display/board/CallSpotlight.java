package fi.luukku.display.board;

import fi.luukku.core.live.CallEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The big "now called" area, as a hold-time queue: a new call takes the spotlight at once when the current
 * one has been up long enough; otherwise it waits its turn, so a burst of calls from many desks is still
 * readable one by one. When calls pile up the hold time shortens, so the spotlight never lags far behind.
 * Pure and clock-driven: the caller passes the time.
 */
public final class CallSpotlight {
    private final Duration hold;
    private final Duration busyHold;
    private final int busyThreshold;
    private final Deque<CallEntry> pending = new ArrayDeque<>();
    private CallEntry current;
    private Instant shownAt = Instant.MIN;
    private long sequence;

    /**
     * @param hold how long a call stays in the spotlight before a waiting one may take it
     * @param busyHold the shorter hold used when more than {@code busyThreshold} calls wait
     */
    public CallSpotlight(Duration hold, Duration busyHold, int busyThreshold) {
        this.hold = hold;
        this.busyHold = busyHold;
        this.busyThreshold = busyThreshold;
    }

    public static CallSpotlight standard() {
        return new CallSpotlight(Duration.ofSeconds(5), Duration.ofMillis(2500), 3);
    }

    /**
     * Offers a new call (or a recall). Returns true when it went straight into the spotlight; a call that is
     * already waiting keeps its place and is updated.
     */
    public boolean offer(CallEntry call, Instant now) {
        if (current != null && current.ticketId().equals(call.ticketId()) && pending.isEmpty()) {
            show(call, now); // a recall of what is up: show (and announce) it again
            return true;
        }
        for (CallEntry p : List.copyOf(pending)) {
            if (p.ticketId().equals(call.ticketId())) {
                replacePending(p, call);
                return false;
            }
        }
        if (current == null || (pending.isEmpty() && heldLongEnough(now))) {
            show(call, now);
            return true;
        }
        pending.addLast(call);
        return false;
    }

    /** Moves the next waiting call into the spotlight when the current one has been held long enough. */
    public Optional<CallEntry> advance(Instant now) {
        if (!pending.isEmpty() && heldLongEnough(now)) {
            CallEntry next = pending.removeFirst();
            show(next, now);
            return Optional.of(next);
        }
        return Optional.empty();
    }

    /** Sets the spotlight without a turn (after a reload, or when the shown ticket left the board). */
    public void reset(CallEntry call) {
        pending.clear();
        current = call;
        shownAt = Instant.MIN;
        sequence++;
    }

    /** Drops a ticket that left the board from the waiting line. */
    public void remove(String ticketId) {
        pending.removeIf(p -> p.ticketId().equals(ticketId));
    }

    public Optional<CallEntry> current() {
        return Optional.ofNullable(current);
    }

    public List<CallEntry> pending() {
        return List.copyOf(pending);
    }

    /** Grows each time the spotlight changes, so a view knows when to animate. */
    public long sequence() {
        return sequence;
    }

    private boolean heldLongEnough(Instant now) {
        Duration h = pending.size() > busyThreshold ? busyHold : hold;
        return shownAt.equals(Instant.MIN) || !now.isBefore(shownAt.plus(h));
    }

    private void show(CallEntry call, Instant now) {
        current = call;
        shownAt = now;
        sequence++;
    }

    private void replacePending(CallEntry old, CallEntry updated) {
        Deque<CallEntry> copy = new ArrayDeque<>(pending);
        pending.clear();
        for (CallEntry p : copy) {
            pending.addLast(p == old ? updated : p);
        }
    }
}
