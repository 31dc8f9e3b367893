package fi.luukku.kiosk.testing;

import fi.luukku.core.device.printer.PrintOutcome;
import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.core.device.printer.TicketContent;
import fi.luukku.core.device.printer.TicketPrinter;
import java.util.ArrayList;
import java.util.List;

/** A printer that records tickets and can be told to be out of paper or low on it. */
public class RecordingPrinter implements TicketPrinter {
    public final List<TicketContent> printed = new ArrayList<>();
    public PrinterStatus status = PrinterStatus.READY;

    @Override
    public PrintOutcome print(TicketContent ticket) {
        if (!status.canPrint()) {
            return PrintOutcome.failed(status, status, status.describe());
        }
        printed.add(ticket);
        return PrintOutcome.ok(status, status);
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public String description() {
        return "recording";
    }
}
