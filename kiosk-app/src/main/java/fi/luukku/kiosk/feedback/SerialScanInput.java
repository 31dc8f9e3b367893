package fi.luukku.kiosk.feedback;

import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.device.scanner.SerialScanner;
import fi.luukku.core.device.serial.SerialLink;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A QR/barcode scanner on a serial port ({@code --scanner serial:PORT}): each code it reads is handed to the
 * flow on the UI thread exactly as a keyboard-wedge scan is, so a ticket's code links the answer to the visit.
 * The line assembly is the kiosk's {@link SerialScanner}.
 */
final class SerialScanInput {
    private static final Logger log = LoggerFactory.getLogger(SerialScanInput.class);

    private SerialScanInput() {}

    /** Starts listening on {@code link}; close the returned scanner to release the port. */
    static SerialScanner attach(SerialLink link, TaskRunner runner, FeedbackFlowViewModel flow) throws IOException {
        return SerialScanner.start(
                link,
                code -> runner.onUi(() -> {
                    if (!flow.scanned(code)) {
                        log.info("scanned code is not a Luukku ticket; ignored");
                    }
                }));
    }
}
