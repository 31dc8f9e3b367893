package fi.luukku.core.device.serial;

import java.io.IOException;
import java.util.function.Consumer;

/** An open serial connection. Device drivers talk to this, so they run the same on jssc and in tests. */
public interface SerialLink extends AutoCloseable {

    void write(byte[] data) throws IOException;

    /**
     * Reads what arrives within the timeout: at least one byte, at most {@code max}. Returns an empty array when
     * nothing came in time.
     */
    byte[] read(int max, int timeoutMillis) throws IOException;

    /** Delivers incoming bytes as they arrive (on the driver's own thread), instead of {@link #read}. */
    void onData(Consumer<byte[]> listener) throws IOException;

    /** Drops whatever is buffered in either direction. */
    void purge() throws IOException;

    String portName();

    @Override
    void close() throws IOException;
}
