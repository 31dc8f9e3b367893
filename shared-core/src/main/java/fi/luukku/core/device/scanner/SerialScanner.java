package fi.luukku.core.device.scanner;

import fi.luukku.core.device.serial.SerialLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A barcode/QR scanner on a serial port: it sends each code as text ended by CR and/or LF. Delivers each
 * complete code (trimmed, never empty) to the listener, on the serial driver's thread.
 */
public final class SerialScanner implements AutoCloseable {
    private static final int MAX_CODE = 512;

    private final SerialLink link;
    private final StringBuilder buffer = new StringBuilder();
    private final Consumer<String> listener;

    private SerialScanner(SerialLink link, Consumer<String> listener) {
        this.link = link;
        this.listener = listener;
    }

    public static SerialScanner start(SerialLink link, Consumer<String> listener) throws IOException {
        SerialScanner s = new SerialScanner(link, listener);
        link.onData(s::accept);
        return s;
    }

    /** Feeds raw bytes (public so the line assembly is testable without a port). */
    public synchronized void accept(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (char c : text.toCharArray()) {
            if (c == '\r' || c == '\n') {
                String code = buffer.toString().trim();
                buffer.setLength(0);
                if (!code.isEmpty()) {
                    listener.accept(code);
                }
            } else if (buffer.length() < MAX_CODE && c >= 0x20) {
                buffer.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
