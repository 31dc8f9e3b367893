package fi.luukku.kiosk;

import static fi.luukku.core.config.OptionValues.intOption;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.CommonClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.ScannerOptions;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.kiosk.EmergencyRange;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The kiosk's typed configuration, from the command line: the common {@code --server --point --token --data}
 * and the kiosk's own options ({@link Args}, parsed by picocli). Validated once at start; a bad value names its
 * option, an unknown one the nearest valid one.
 */
public record KioskConfig(
        ClientOptions client,
        String token,
        String printer,
        int printerBaud,
        SerialSettings.FlowControl printerFlow,
        PrinterModel printerModel,
        Path printerLogo,
        String scanner,
        int scannerBaud,
        String kioskId,
        boolean fullscreen,
        String staffPin,
        int idleSeconds,
        int ticketSeconds,
        String location,
        String defaultLanguage,
        String receptionService,
        int offlineBlockSize,
        boolean printerWindow,
        EmergencyRange offlineRange) {

    /** The kiosk's command line (picocli); {@link #parse} validates it into the typed configuration. */
    @Command(name = "luukku kiosk", showDefaultValues = true, description = "The Luukku lobby kiosk.")
    static final class Args {
        @Mixin
        CommonClientOptions common;

        @Option(
                names = "--mode",
                paramLabel = "kiosk|feedback",
                defaultValue = "kiosk",
                description = "The lobby kiosk, or the exit feedback terminal (see its own --help).")
        String mode;

        @Option(
                names = "--printer",
                paramLabel = "sim|serial:PORT",
                description =
                        "The ticket printer (required): serial:/dev/ttyUSB0, or sim for the simulated one. Default: none.")
        String printer;

        @Option(names = "--printer-baud", paramLabel = "N", defaultValue = "38400", description = "Printer speed.")
        String printerBaud;

        @Option(
                names = "--printer-flow",
                paramLabel = "none|rtscts|xonxoff",
                defaultValue = "none",
                description = "Printer flow control.")
        String printerFlow;

        @Option(
                names = "--printer-model",
                paramLabel = "MODEL",
                description = "tm-t88 (Epson, native QR codes) or raster (other ESC/POS printers). Default: tm-t88.")
        String printerModel;

        @Option(
                names = "--printer-logo",
                paramLabel = "FILE",
                description = "An image printed at the top of each ticket. Default: none.")
        Path printerLogo;

        @Option(
                names = "--printer-window",
                arity = "0..1",
                defaultValue = "true",
                showDefaultValue = Visibility.ALWAYS,
                description = "Show the simulated printer's window (with --printer sim).")
        boolean printerWindow;

        @Mixin
        ScannerOptions scannerOptions;

        @Option(
                names = "--kiosk-id",
                paramLabel = "ID",
                description = "This kiosk's id. Default: a stable random id kept in the data directory.")
        String kioskId;

        @Option(
                names = {"--fullscreen", "--kiosk"},
                arity = "0..1",
                defaultValue = "false",
                showDefaultValue = Visibility.ALWAYS,
                description = "Full screen, no window decorations.")
        boolean fullscreen;

        @Option(
                names = "--staff-pin",
                paramLabel = "PIN",
                description = "4-12 digits; opens the staff panel. Default: none (the staff panel is disabled).")
        String staffPin;

        @Option(
                names = "--idle-seconds",
                paramLabel = "N",
                defaultValue = "60",
                description = "Back to the start screen after this long untouched.")
        String idleSeconds;

        @Option(
                names = "--ticket-seconds",
                paramLabel = "N",
                defaultValue = "30",
                description = "How long the printed ticket stays on screen.")
        String ticketSeconds;

        @Option(
                names = "--location",
                paramLabel = "TEXT",
                description = "Where the kiosk stands, printed on tickets. Default: the kiosk id.")
        String location;

        @Option(
                names = "--language",
                paramLabel = "fi|sv|en",
                defaultValue = "fi",
                description = "The start screen's language.")
        String language;

        @Option(
                names = "--reception-service",
                paramLabel = "ID",
                description = "The service \"I don't know what I need\" queues for. Default: the point's reception.")
        String receptionService;

        @Option(
                names = "--offline-block",
                paramLabel = "N",
                defaultValue = "50",
                description = "Numbers reserved for offline tickets.")
        String offlineBlock;

        @Option(
                names = "--offline-range",
                paramLabel = "FROM-TO",
                description = "Emergency numbers when the service was never reached, e.g. 900-949. Default: none.")
        String offlineRange;
    }

    /** The usage text: every option with its default. */
    public static String usage() {
        return Cli.usage(new Args());
    }

    public static KioskConfig parse(String[] args) {
        Args a = Cli.parse(new Args(), args);
        ClientOptions o = a.common.toClientOptions("kiosk");
        String printer = a.printer;
        if (printer == null) {
            throw new ConfigException("--printer is required: --printer serial:PORT for the ticket printer"
                    + " (e.g. serial:/dev/ttyUSB0), or --printer sim for the simulated one (demo, tests)");
        }
        if (!printer.equals("sim") && !printer.startsWith("serial:")) {
            throw new ConfigException(
                    "--printer must be 'sim' or 'serial:PORT' (e.g. serial:/dev/ttyUSB0), was '" + printer + "'");
        }
        String scanner = a.scannerOptions.scanner();
        PrinterModel model;
        try {
            model = PrinterModel.parse(a.printerModel);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--printer-model: " + e.getMessage());
        }
        String pin = a.staffPin; // no default: without it the staff panel is disabled
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            throw new ConfigException("--staff-pin must be 4 to 12 digits");
        }
        String kioskId = a.kioskId; // null: a stable random id kept in the data directory (KioskIdentity)
        if (kioskId != null && !kioskId.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new ConfigException(
                    "--kiosk-id may hold letters, digits, '.', '_' and '-', at most 64, was '" + kioskId + "'");
        }
        String token = o.token(); // null: the token stored by pairing, else the pairing screen (PairedDevice)
        return new KioskConfig(
                o,
                token,
                printer,
                intOption("printer-baud", a.printerBaud, 300, 921600),
                flow(a.printerFlow),
                model,
                a.printerLogo,
                scanner,
                a.scannerOptions.baud(),
                kioskId,
                a.fullscreen,
                pin,
                intOption("idle-seconds", a.idleSeconds, 5, 3600),
                intOption("ticket-seconds", a.ticketSeconds, 3, 600),
                a.location,
                a.language,
                a.receptionService,
                intOption("offline-block", a.offlineBlock, 1, 999),
                a.printerWindow,
                offlineRange(a.offlineRange));
    }

    private static EmergencyRange offlineRange(String v) {
        if (v == null) {
            return null;
        }
        try {
            return EmergencyRange.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--offline-range: " + e.getMessage());
        }
    }

    private static SerialSettings.FlowControl flow(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "none" -> SerialSettings.FlowControl.NONE;
            case "rtscts", "rts-cts", "hardware" -> SerialSettings.FlowControl.RTS_CTS;
            case "xonxoff", "xon-xoff", "software" -> SerialSettings.FlowControl.XON_XOFF;
            default -> throw new ConfigException("--printer-flow must be none, rtscts or xonxoff, was '" + v + "'");
        };
    }

    /** The kiosk's id: {@code --kiosk-id}, or the one stored in (or first created in) the data directory. */
    public String resolvedKioskId() {
        return KioskIdentity.resolve(kioskId, client.dataDir());
    }

    public String printerPort() {
        return printer.startsWith("serial:") ? printer.substring("serial:".length()) : null;
    }

    public String scannerPort() {
        return scanner != null ? scanner.substring("serial:".length()) : null;
    }
}
