package fi.luukku.core.config;

import picocli.CommandLine.Option;

/** The QR scanner options of the kiosk and the feedback terminal (a picocli mixin): declared and checked once. */
public final class ScannerOptions {
    @Option(
            names = "--scanner",
            paramLabel = "serial:PORT",
            description = "A QR scanner on a serial port. Default: none (a keyboard-wedge scanner needs none).")
    String scanner;

    @Option(names = "--scanner-baud", paramLabel = "N", defaultValue = "9600", description = "Scanner speed.")
    String scannerBaud;

    /** {@code serial:PORT}, or null for none. */
    public String scanner() {
        return OptionValues.serialPort("scanner", scanner, "/dev/ttyACM0", "a keyboard-wedge scanner needs no option");
    }

    public int baud() {
        return OptionValues.intOption("scanner-baud", scannerBaud, 300, 1_000_000);
    }
}
