package fi.luukku.kiosk.feedback;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person: the scanner "types" a whole code within milliseconds and ends
 * it with Enter. Characters are collected while they come faster than {@code maxGapMillis} apart; Enter after
 * at least {@code minLength} such characters is a scan.
 */
public final class WedgeScanBuffer {
    private final long maxGapMillis;
    private final int minLength;
    private final StringBuilder buffer = new StringBuilder();
    private long lastAt = Long.MIN_VALUE;

    public WedgeScanBuffer(long maxGapMillis, int minLength) {
        this.maxGapMillis = maxGapMillis;
        this.minLength = minLength;
    }

    public static WedgeScanBuffer defaults() {
        return new WedgeScanBuffer(60, 4);
    }

    /** A typed character; returns the scanned text when this character was the Enter that ended a scan. */
    public Optional<String> typed(char c, long atMillis) {
        boolean fast = lastAt != Long.MIN_VALUE && atMillis - lastAt <= maxGapMillis;
        lastAt = atMillis;
        if (c == '\r' || c == '\n') {
            String text = buffer.toString();
            buffer.setLength(0);
            return fast && text.length() >= minLength ? Optional.of(text) : Optional.empty();
        }
        if (c < ' ') {
            buffer.setLength(0);
            return Optional.empty();
        }
        if (!fast) {
            buffer.setLength(0);
        }
        buffer.append(c);
        return Optional.empty();
    }
}
