package fi.luukku.core.device.pairing;

import fi.luukku.core.device.printer.PrinterStatus;

/**
 * What a device reports in its heartbeat besides version and uptime: its printer ({@code OK, PAPER_LOW,
 * PAPER_OUT, COVER_OPEN, OFFLINE}, or {@code NONE} for a device without one), the entries its outbox has not
 * delivered yet and when it last heard from the service (epoch millis, null when never).
 */
public record DeviceState(String printer, int outboxBacklog, Long lastSyncAt) {
    public static final DeviceState NO_PRINTER = new DeviceState("NONE", 0, null);

    /** The heartbeat's printer value for a status read from the printer (real ESC/POS or simulated). */
    public static String printer(PrinterStatus s) {
        if (s == null) {
            return "NONE";
        }
        if (!s.responding()) {
            return "OFFLINE";
        }
        if (s.paperOut()) {
            return "PAPER_OUT";
        }
        if (s.coverOpen()) {
            return "COVER_OPEN";
        }
        if (s.offline()) {
            return "OFFLINE";
        }
        return s.paperNearEnd() ? "PAPER_LOW" : "OK";
    }
}
