package fi.luukku.core.device.serial;

/** How to open a serial port: name, speed and flow control, as configured per device. */
public record SerialSettings(
        String port, int baudRate, int dataBits, int stopBits, Parity parity, FlowControl flowControl) {

    public enum Parity {
        NONE,
        ODD,
        EVEN
    }

    public enum FlowControl {
        NONE,
        RTS_CTS,
        XON_XOFF
    }

    public SerialSettings {
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("serial port name is missing");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5..8, was " + dataBits);
        }
        if (stopBits < 1 || stopBits > 2) {
            throw new IllegalArgumentException("stop bits must be 1 or 2, was " + stopBits);
        }
    }

    /** 8 data bits, 1 stop bit, no parity: what nearly every kiosk printer and button box speaks. */
    public static SerialSettings of(String port, int baudRate, FlowControl flowControl) {
        return new SerialSettings(port, baudRate, 8, 1, Parity.NONE, flowControl);
    }
}
