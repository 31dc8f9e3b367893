package fi.luukku.core.device.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * The printer's real-time state, read with DLE EOT 1, 2 and 4. {@code responding} is false when the printer
 * did not answer at all (unplugged, switched off, wrong port).
 */
public record PrinterStatus(
        boolean responding, boolean offline, boolean coverOpen, boolean paperOut, boolean paperNearEnd) {

    public static final PrinterStatus READY = new PrinterStatus(true, false, false, false, false);
    public static final PrinterStatus NOT_RESPONDING = new PrinterStatus(false, true, false, false, false);

    /**
     * Interprets the answers to DLE EOT 1 (printer: bit 3 offline), DLE EOT 2 (offline cause: bit 2 cover
     * open, bit 5 paper end stop) and DLE EOT 4 (roll sensor: bits 2-3 near end, bits 5-6 paper end).
     */
    public static PrinterStatus fromStatusBytes(int printer, int offlineCause, int paperSensor) {
        boolean offline = (printer & 0x08) != 0;
        boolean coverOpen = (offlineCause & 0x04) != 0;
        boolean paperOut = (offlineCause & 0x20) != 0 || (paperSensor & 0x60) != 0;
        boolean nearEnd = (paperSensor & 0x0C) != 0;
        return new PrinterStatus(true, offline, coverOpen, paperOut, nearEnd || paperOut);
    }

    /** Whether a ticket can be printed now. */
    public boolean canPrint() {
        return responding && !offline && !coverOpen && !paperOut;
    }

    /** Short English description for logs and staff alerts. */
    public String describe() {
        if (!responding) {
            return "printer not responding";
        }
        List<String> parts = new ArrayList<>();
        if (paperOut) {
            parts.add("paper out");
        } else if (paperNearEnd) {
            parts.add("paper near end");
        }
        if (coverOpen) {
            parts.add("cover open");
        }
        if (offline) {
            parts.add("offline");
        }
        return parts.isEmpty() ? "ready" : String.join(", ", parts);
    }
}
