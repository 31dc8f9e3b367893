package fi.luukku.core.device.scanner;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person: a scanner "types" a whole code within milliseconds and ends it
 * with Enter. Feed every typed character with its time; on Enter this returns the code when all of it came
 * fast enough and it is long enough to be a code.
 */
public final class KeyboardWedgeDetector {
    private final long maxGapNanos;
    private final int minLength;
    private final StringBuilder buffer = new StringBuilder();
    private long lastNanos;

    public KeyboardWedgeDetector(long maxGapMillis, int minLength) {
        this.maxGapNanos = maxGapMillis * 1_000_000L;
        this.minLength = minLength;
    }

    /** A typed character (not Enter). */
    public void typed(char c, long nanoTime) {
        if (buffer.length() > 0 && nanoTime - lastNanos > maxGapNanos) {
            buffer.setLength(0); // too slow: a person typing, start over
        }
        if (c >= 0x20 && buffer.length() < 512) {
            buffer.append(c);
        }
        lastNanos = nanoTime;
    }

    /** Enter was pressed: the scanned code, if the characters before it came from a scanner. */
    public Optional<String> enter(long nanoTime) {
        String code = buffer.toString().trim();
        boolean fast = nanoTime - lastNanos <= maxGapNanos;
        buffer.setLength(0);
        return fast && code.length() >= minLength ? Optional.of(code) : Optional.empty();
    }
}
