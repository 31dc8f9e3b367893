package fi.luukku.core.device.buttons;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns raw button bytes into counted presses. Pure logic with explicit timestamps, so it is tested without
 * hardware or sleeping; not thread-safe (the {@link ButtonBox} serialises calls).
 *
 * <ul>
 *   <li><b>Debounce</b>: the same byte again within {@code debounce} of the previous byte is contact bounce, not
 *       a press.
 *   <li><b>Burst</b>: after a counted press, every further press (any button) that comes less than {@code
 *       burstWindow} after the previous one belongs to the same burst: it is dropped and counted as dropped. The
 *       burst ends after {@code burstWindow} of quiet; only then is the press reported, with its dropped count.
 * </ul>
 */
public final class PressFilter {
    private final long debounceMillis;
    private final long burstMillis;

    private int lastByte = -1;
    private long lastByteAt;
    private Pending pending;
    private long counted;
    private long dropped;
    private long bounces;

    public PressFilter(Duration debounce, Duration burstWindow) {
        if (debounce.isNegative() || burstWindow.isNegative()) {
            throw new IllegalArgumentException("debounce and burst window must not be negative");
        }
        this.debounceMillis = debounce.toMillis();
        this.burstMillis = burstWindow.toMillis();
    }

    /** 40 ms debounce, 1.5 s burst window. */
    public static PressFilter defaults() {
        return new PressFilter(Duration.ofMillis(40), Duration.ofMillis(1500));
    }

    /** Offers one mapped byte; returns presses whose bursts ended before this byte arrived. */
    public List<ButtonPress> offer(int rawByte, ButtonAnswer answer, long atMillis) {
        List<ButtonPress> done = new ArrayList<>(1);
        poll(atMillis).ifPresent(done::add);
        if (rawByte == lastByte && atMillis - lastByteAt < debounceMillis) {
            lastByteAt = atMillis; // a chain of bounces stays a bounce
            bounces++;
            if (pending != null) {
                pending.bounces++;
            }
            return done;
        }
        lastByte = rawByte;
        lastByteAt = atMillis;
        if (pending != null) {
            pending.dropped++;
            pending.lastPressAt = atMillis;
            dropped++;
            return done;
        }
        pending = new Pending(answer, rawByte, atMillis);
        return done;
    }

    /** Reports the pending press if its burst is over by {@code nowMillis}. */
    public Optional<ButtonPress> poll(long nowMillis) {
        if (pending == null || nowMillis - pending.lastPressAt < burstMillis) {
            return Optional.empty();
        }
        Pending p = pending;
        pending = null;
        counted++;
        return Optional.of(new ButtonPress(p.answer, p.rawByte, Instant.ofEpochMilli(p.firstAt), p.dropped, p.bounces));
    }

    /** Whether a press waits for its burst to end. */
    public boolean hasPending() {
        return pending != null;
    }

    public long countedTotal() {
        return counted;
    }

    public long droppedTotal() {
        return dropped;
    }

    public long bouncesTotal() {
        return bounces;
    }

    private static final class Pending {
        final ButtonAnswer answer;
        final int rawByte;
        final long firstAt;
        long lastPressAt;
        int dropped;
        int bounces;

        Pending(ButtonAnswer answer, int rawByte, long at) {
            this.answer = answer;
            this.rawByte = rawByte;
            this.firstAt = at;
            this.lastPressAt = at;
        }
    }
}
