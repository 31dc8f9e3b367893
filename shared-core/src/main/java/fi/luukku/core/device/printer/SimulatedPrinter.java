package fi.luukku.core.device.printer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The printer's twin for the demo and tests: encodes each ticket to the very ESC/POS bytes a real printer
 * would get and hands them to listeners (the simulated-printer window decodes and draws them). Its status can
 * be set, to show paper out or paper low without hardware.
 */
public final class SimulatedPrinter implements TicketPrinter {
    private final TicketLayout layout;
    private final List<Consumer<byte[]>> listeners = new CopyOnWriteArrayList<>();
    private volatile PrinterStatus status = PrinterStatus.READY;

    public SimulatedPrinter(TicketLayout layout) {
        this.layout = layout;
    }

    public void onPrinted(Consumer<byte[]> listener) {
        listeners.add(listener);
    }

    public void setStatus(PrinterStatus status) {
        this.status = status;
    }

    @Override
    public PrintOutcome print(TicketContent ticket) {
        PrinterStatus before = status;
        if (!before.canPrint()) {
            return PrintOutcome.failed(before, before, before.describe());
        }
        byte[] bytes = layout.encode(ticket);
        listeners.forEach(l -> l.accept(bytes));
        return PrintOutcome.ok(before, status);
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public String description() {
        return "simulated";
    }
}
