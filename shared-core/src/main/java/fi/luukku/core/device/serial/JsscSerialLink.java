package fi.luukku.core.device.serial;

import java.io.IOException;
import java.util.function.Consumer;
import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real serial port through jssc. */
public final class JsscSerialLink implements SerialLink {
    private static final Logger log = LoggerFactory.getLogger(JsscSerialLink.class);

    private final SerialPort port;

    private JsscSerialLink(SerialPort port) {
        this.port = port;
    }

    /** Opens and configures the port, then purges it: bytes left from an earlier session would confuse the device. */
    public static JsscSerialLink open(SerialSettings settings) throws IOException {
        SerialPort port = new SerialPort(settings.port());
        try {
            port.openPort();
            boolean paramsSet = port.setParams(
                    settings.baudRate(),
                    settings.dataBits(),
                    settings.stopBits() == 2 ? SerialPort.STOPBITS_2 : SerialPort.STOPBITS_1,
                    switch (settings.parity()) {
                        case NONE -> SerialPort.PARITY_NONE;
                        case ODD -> SerialPort.PARITY_ODD;
                        case EVEN -> SerialPort.PARITY_EVEN;
                    });
            if (!paramsSet) {
                // pseudo-terminals refuse some line settings although data flows; a real adapter would be broken
                log.warn("serial port {} did not accept its line settings; continuing", settings.port());
            }
            port.setFlowControlMode(
                    switch (settings.flowControl()) {
                        case NONE -> SerialPort.FLOWCONTROL_NONE;
                        case RTS_CTS -> SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
                        case XON_XOFF -> SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
                    });
            port.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
            return new JsscSerialLink(port);
        } catch (SerialPortException e) {
            try {
                if (port.isOpened()) {
                    port.closePort();
                }
            } catch (SerialPortException ignored) {
                // already failing
            }
            throw new IOException("cannot open serial port " + settings.port() + ": " + e.getExceptionType(), e);
        }
    }

    @Override
    public void write(byte[] data) throws IOException {
        try {
            if (!port.writeBytes(data)) {
                throw new IOException("serial port " + port.getPortName() + " refused the write");
            }
        } catch (SerialPortException e) {
            throw new IOException("write to " + port.getPortName() + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public byte[] read(int max, int timeoutMillis) throws IOException {
        try {
            byte[] first = port.readBytes(1, timeoutMillis);
            int more = Math.min(port.getInputBufferBytesCount(), max - 1);
            if (more <= 0) {
                return first;
            }
            byte[] rest = port.readBytes(more);
            byte[] all = new byte[1 + rest.length];
            all[0] = first[0];
            System.arraycopy(rest, 0, all, 1, rest.length);
            return all;
        } catch (SerialPortTimeoutException e) {
            return new byte[0];
        } catch (SerialPortException e) {
            throw new IOException("read from " + port.getPortName() + " failed: " + e.getExceptionType(), e);
        }
    }

    @Override
    public void onData(Consumer<byte[]> listener) throws IOException {
        try {
            port.addEventListener(
                    event -> {
                        if (event.isRXCHAR() && event.getEventValue() > 0) {
                            try {
                                byte[] data = port.readBytes(event.getEventValue());
                                if (data != null && data.length > 0) {
                                    listener.accept(data);
                                }
                            } catch (SerialPortException e) {
                                log.warn("read from {} failed", port.getPortName(), e);
                            }
                        }
                    },
                    SerialPort.MASK_RXCHAR);
        } catch (SerialPortException e) {
            throw new IOException("cannot listen on " + port.getPortName() + ": " + e.getExceptionType(), e);
        }
    }

    @Override
    public void purge() throws IOException {
        try {
            port.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
        } catch (SerialPortException e) {
            throw new IOException("purge of " + port.getPortName() + " failed", e);
        }
    }

    @Override
    public String portName() {
        return port.getPortName();
    }

    @Override
    public void close() throws IOException {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException e) {
            throw new IOException("close of " + port.getPortName() + " failed", e);
        }
    }
}
