package fi.luukku.core.device.printer;

/**
 * A ticket printer: the real ESC/POS one on a serial port or the simulated one. Blocking: call it off the UI
 * thread. Never throws for printer trouble; the outcome says what went wrong.
 */
public interface TicketPrinter extends AutoCloseable {

    PrintOutcome print(TicketContent ticket);

    /** The current real-time status (queries the device). */
    PrinterStatus status();

    /** For logs and the staff view, e.g. "serial:/dev/ttyUSB0" or "simulated". */
    String description();

    @Override
    default void close() {}
}
