package fi.luukku.kiosk;

import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.device.printer.PrinterModel;
import fi.luukku.core.device.serial.SerialSettings;
import fi.luukku.core.kiosk.EmergencyRange;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kiosk's typed configuration, from the command line: the common {@code --server --point --token --data}
 * and the kiosk's own options. Validated once at start; a bad value names its option.
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

    private static final Set<String> KNOWN = Set.of(
            "printer",
            "printer-baud",
            "printer-flow",
            "printer-model",
            "printer-logo",
            "scanner",
            "scanner-baud",
            "kiosk-id",
            "fullscreen",
            "kiosk",
            "staff-pin",
            "idle-seconds",
            "ticket-seconds",
            "location",
            "language",
            "reception-service",
            "offline-block",
            "printer-window",
            "offline-range",
            "mode");

    public static KioskConfig parse(String[] args) {
        ClientOptions o = ClientOptions.parse(args, "kiosk");
        for (String key : o.extra().keySet()) {
            if (!KNOWN.contains(key)) {
                throw new ConfigException("unknown option --" + key + " (known: " + String.join(", ", KNOWN) + ")");
            }
        }
        Map<String, String> x = o.extra();
        String printer = x.get("printer");
        if (printer == null) {
            throw new ConfigException("--printer is required: --printer serial:PORT for the ticket printer"
                    + " (e.g. serial:/dev/ttyUSB0), or --printer sim for the simulated one (demo, tests)");
        }
        if (!printer.equals("sim") && !printer.startsWith("serial:")) {
            throw new ConfigException(
                    "--printer must be 'sim' or 'serial:PORT' (e.g. serial:/dev/ttyUSB0), was '" + printer + "'");
        }
        String scanner = x.get("scanner");
        if (scanner != null && !scanner.startsWith("serial:")) {
            throw new ConfigException("--scanner must be 'serial:PORT' (a keyboard-wedge scanner needs no option)");
        }
        PrinterModel model;
        try {
            model = PrinterModel.parse(x.get("printer-model"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--printer-model: " + e.getMessage());
        }
        String pin = x.get("staff-pin"); // no default: without it the staff panel is disabled
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            throw new ConfigException("--staff-pin must be 4 to 12 digits");
        }
        String kioskId = x.get("kiosk-id"); // null: a stable random id kept in the data directory (KioskIdentity)
        if (kioskId != null && !kioskId.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new ConfigException(
                    "--kiosk-id may hold letters, digits, '.', '_' and '-', at most 64, was '" + kioskId + "'");
        }
        String token = o.token() != null ? o.token() : "demo-kiosk-" + o.point();
        return new KioskConfig(
                o,
                token,
                printer,
                intOption(x, "printer-baud", 38400, 300, 921600),
                flow(x.getOrDefault("printer-flow", "none")),
                model,
                x.containsKey("printer-logo") ? Path.of(x.get("printer-logo")) : null,
                scanner,
                intOption(x, "scanner-baud", 9600, 300, 921600),
                kioskId,
                "true".equals(x.get("fullscreen")) || "true".equals(x.get("kiosk")),
                pin,
                intOption(x, "idle-seconds", 60, 5, 3600),
                intOption(x, "ticket-seconds", 30, 3, 600),
                x.get("location"),
                x.getOrDefault("language", "fi"),
                x.get("reception-service"),
                intOption(x, "offline-block", 50, 1, 999),
                !"false".equals(x.get("printer-window")),
                offlineRange(x.get("offline-range")));
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

    private static int intOption(Map<String, String> x, String key, int def, int min, int max) {
        String v = x.get(key);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ConfigException("--" + key + " must be " + min + ".." + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("--" + key + " must be a whole number, was '" + v + "'");
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
