package fi.luukku.core.device.printer;

/**
 * What happened to one ticket at the printer: printed or not, the status before and after, and why not. A
 * ticket counts as printed only when the printer was ready before and still fine after.
 */
public record PrintOutcome(boolean printed, PrinterStatus before, PrinterStatus after, String problem) {

    public static PrintOutcome ok(PrinterStatus before, PrinterStatus after) {
        return new PrintOutcome(true, before, after, null);
    }

    public static PrintOutcome failed(PrinterStatus before, PrinterStatus after, String problem) {
        return new PrintOutcome(false, before, after, problem);
    }

    /** Paper is running low (staff should change the roll soon), whether or not this ticket printed. */
    public boolean paperLow() {
        return (after != null && after.paperNearEnd()) || (before != null && before.paperNearEnd());
    }
}
