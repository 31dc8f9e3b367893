package fi.luukku.core.device.printer;

import fi.luukku.core.device.escpos.EscPosWriter;
import fi.luukku.core.device.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS printer on a serial line. Before each ticket it asks the real-time status (DLE EOT 1, 2, 4) and
 * refuses to print when the printer cannot; after the ticket it asks again, so a ticket that ran out of paper
 * half way is reported as not printed. The link is opened lazily and reopened after an I/O error.
 */
public final class EscPosSerialPrinter implements TicketPrinter {
    private static final Logger log = LoggerFactory.getLogger(EscPosSerialPrinter.class);

    /** Opens the serial link; called again after a failure. */
    @FunctionalInterface
    public interface LinkOpener {
        SerialLink open() throws IOException;
    }

    private final LinkOpener opener;
    private final TicketLayout layout;
    private final String description;
    private final int statusTimeoutMillis;
    private final int baudRate;
    private SerialLink link;

    /**
     * @param baudRate the line speed, to wait until the ticket has gone down the wire (and mostly printed) before
     *     asking the status after it: real-time status is answered at once, even with a full print buffer. 0 asks
     *     at once (a pseudo-terminal in tests).
     */
    public EscPosSerialPrinter(
            LinkOpener opener, TicketLayout layout, String description, int statusTimeoutMillis, int baudRate) {
        this.opener = opener;
        this.layout = layout;
        this.description = description;
        this.statusTimeoutMillis = statusTimeoutMillis;
        this.baudRate = baudRate;
    }

    @Override
    public synchronized PrintOutcome print(TicketContent ticket) {
        PrinterStatus before = status();
        if (!before.canPrint()) {
            log.warn("ticket {} not printed: {} before printing", ticket.number(), before.describe());
            return PrintOutcome.failed(before, before, before.describe());
        }
        byte[] bytes = layout.encode(ticket);
        try {
            link().write(bytes);
        } catch (IOException e) {
            log.warn("ticket {} not printed: {}", ticket.number(), e.getMessage());
            dropLink();
            return PrintOutcome.failed(before, PrinterStatus.NOT_RESPONDING, "write failed: " + e.getMessage());
        }
        settle(bytes.length);
        PrinterStatus after = status();
        if (!after.canPrint()) {
            // the paper ran out or the cover opened while printing: the customer may hold half a ticket or none
            log.warn("ticket {} may be incomplete: {} after printing", ticket.number(), after.describe());
            return PrintOutcome.failed(before, after, after.describe() + " after printing");
        }
        if (after.paperNearEnd()) {
            log.warn("printer {}: paper near end", description);
        }
        return PrintOutcome.ok(before, after);
    }

    private void settle(int bytes) {
        if (baudRate <= 0) {
            return;
        }
        long millis = bytes * 10L * 1000L / baudRate + 300; // 10 bits a byte on the wire, then the paper moves
        try {
            Thread.sleep(Math.min(millis, 10_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized PrinterStatus status() {
        try {
            SerialLink l = link();
            // drop a late answer to an earlier query; never purge the output: it may still hold the ticket
            while (l.read(64, 5).length > 0) {
                log.debug("printer {}: dropped stale input", description);
            }
            int printer = query(l, 1);
            int offlineCause = printer < 0 ? -1 : query(l, 2);
            int paper = offlineCause < 0 ? -1 : query(l, 4);
            if (paper < 0) {
                return PrinterStatus.NOT_RESPONDING;
            }
            return PrinterStatus.fromStatusBytes(printer, offlineCause, paper);
        } catch (IOException e) {
            log.warn("printer {} status query failed: {}", description, e.getMessage());
            dropLink();
            return PrinterStatus.NOT_RESPONDING;
        }
    }

    private int query(SerialLink l, int n) throws IOException {
        ByteArrayOutputStream cmd = new ByteArrayOutputStream(3);
        new EscPosWriter(cmd).statusRequest(n);
        for (int attempt = 0; attempt < 2; attempt++) { // a busy printer (or machine) may miss the first ask
            if (attempt > 0) {
                while (l.read(64, 5).length > 0) {
                    log.debug("printer {}: dropped a late answer", description);
                }
            }
            l.write(cmd.toByteArray());
            byte[] answer = l.read(1, statusTimeoutMillis);
            if (answer.length > 0) {
                return answer[0] & 0xFF;
            }
        }
        return -1;
    }

    private SerialLink link() throws IOException {
        if (link == null) {
            link = opener.open();
        }
        return link;
    }

    private void dropLink() {
        if (link != null) {
            try {
                link.close();
            } catch (IOException e) {
                log.debug("closing a failed printer link", e);
            }
            link = null;
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void close() {
        dropLink();
    }
}
