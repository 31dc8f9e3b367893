package fi.luukku.kiosk.printer;

import fi.luukku.core.device.escpos.EscPosDecoder;
import fi.luukku.core.device.escpos.PrintedDocument;
import fi.luukku.core.device.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The printer's side of the pty: collects every byte the kiosk sends, decodes it, and answers each real-time
 * status request (DLE EOT n) with the status bytes the test has set: as a real printer does, at once and even
 * in the middle of a job.
 */
final class FakeEscPosPrinter {
    static final int READY = 0x12;

    private final SerialLink link;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private int answered;
    private volatile boolean silent;
    volatile int printerStatus = READY;
    volatile int offlineCause = READY;
    volatile int paperSensor = READY;
    /** When set, the paper "runs out" as soon as a cut arrives (a ticket that ran out half way). */
    volatile boolean paperRunsOutAtCut;

    FakeEscPosPrinter(SerialLink link) throws IOException {
        this.link = link;
        link.onData(this::accept);
    }

    void paperOut() {
        printerStatus = 0x1A;
        offlineCause = 0x32;
        paperSensor = 0x72;
    }

    void paperNearEnd() {
        paperSensor = 0x1E;
    }

    void silent() {
        silent = true;
    }

    private synchronized void accept(byte[] data) {
        received.write(data, 0, data.length);
        PrintedDocument doc = new EscPosDecoder().decode(received.toByteArray());
        if (paperRunsOutAtCut && doc.cuts() > 0) {
            paperOut();
        }
        while (answered < doc.statusRequests().size()) {
            int n = doc.statusRequests().get(answered++);
            if (silent) {
                continue;
            }
            int answer =
                    switch (n) {
                        case 1 -> printerStatus;
                        case 2 -> offlineCause;
                        case 4 -> paperSensor;
                        default -> READY;
                    };
            try {
                link.write(new byte[] {(byte) answer});
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    synchronized byte[] bytes() {
        return received.toByteArray();
    }

    synchronized PrintedDocument printed() {
        return new EscPosDecoder().decode(received.toByteArray());
    }
}
