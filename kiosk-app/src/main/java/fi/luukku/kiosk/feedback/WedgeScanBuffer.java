package fi.luukku.kiosk.feedback;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person: the scanner "types" a whole code within milliseconds and ends
 * it with Enter. Characters are collected until a pause longer than {@code pauseMillis}; Enter ends a scan when
 * at least {@code minLength} characters came at an average of at most {@code maxAverageGapMillis} apart (nobody
 * types 25 characters a second by hand, while a scanner under load may stutter now and then).
 */
public final class WedgeScanBuffer {
    private final long maxAverageGapMillis;
    private final long pauseMillis;
    private final int minLength;
    private final StringBuilder buffer = new StringBuilder();
    private long firstAt;
    private long lastAt = Long.MIN_VALUE;

    public WedgeScanBuffer(long maxAverageGapMillis, long pauseMillis, int minLength) {
        this.maxAverageGapMillis = maxAverageGapMillis;
        this.pauseMillis = pauseMillis;
        this.minLength = minLength;
    }

    public static WedgeScanBuffer defaults() {
        return new WedgeScanBuffer(40, 400, 4);
    }

    /** Whether an Enter now would end a scan (so the key must not also press the focused button). */
    public boolean looksLikeScan(long atMillis) {
        boolean pause = lastAt == Long.MIN_VALUE || atMillis - lastAt > pauseMillis;
        return !pause
                && buffer.length() >= minLength
                && atMillis - firstAt <= maxAverageGapMillis * (buffer.length() + 1);
    }

    /** A typed character; returns the scanned text when this character was the Enter that ended a scan. */
    public Optional<String> typed(char c, long atMillis) {
        boolean pause = lastAt == Long.MIN_VALUE || atMillis - lastAt > pauseMillis;
        lastAt = atMillis;
        if (c == '\r' || c == '\n') {
            String text = buffer.toString();
            long span = atMillis - firstAt;
            buffer.setLength(0);
            boolean fast = !pause && text.length() >= minLength && span <= maxAverageGapMillis * (text.length() + 1);
            return fast ? Optional.of(text) : Optional.empty();
        }
        if (c < ' ') {
            buffer.setLength(0);
            return Optional.empty();
        }
        if (pause || buffer.length() == 0) {
            buffer.setLength(0);
            firstAt = atMillis;
        }
        buffer.append(c);
        return Optional.empty();
    }
}
