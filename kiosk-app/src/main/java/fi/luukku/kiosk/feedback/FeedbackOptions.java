package fi.luukku.kiosk.feedback;

import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.device.buttons.ButtonMap;
import fi.luukku.core.i18n.Language;
import java.time.Duration;

/**
 * The feedback terminal's configuration, validated once at start. Besides the common {@code --server --point
 * --token --data}:
 *
 * <pre>
 * --buttons none|sim|serial:PORT   the smiley button box (default none: touch screen only; sim shows an
 *                                  on-screen twin for demos and is passed explicitly by the demo launcher)
 * --buttons-baud N                 serial speed (default 9600)
 * --buttons-map SPEC|FILE          byte=answer map, e.g. 1=rating:1,2=rating:2 (default 1..5 and '1'..'5')
 * --buttons-debounce-ms N          contact bounce filter (default 40)
 * --buttons-burst-ms N             burst window: presses closer than this count once (default 1500)
 * --scanner serial:PORT            a QR scanner on a serial port: a scanned ticket links the answer to the visit
 *                                  (a keyboard-wedge scanner needs no option)
 * --scanner-baud N                 its serial speed (default 9600)
 * --idle-seconds N                 back to the start screen after this long untouched (default 45)
 * --fullscreen                     full screen, no window decorations
 * --staff-pin PIN                  4-12 digits; opens the staff panel (waiting answers, quitting the terminal).
 *                                  Required for a real terminal: without it the staff panel is disabled (a
 *                                  warning is logged). Only with --buttons sim (demo) does it default to 1234.
 *                                  Five wrong PINs lock the pad for five minutes.
 * --language fi|sv|en              the start screen's language (default fi)
 * </pre>
 */
public record FeedbackOptions(
        ClientOptions client,
        String buttons,
        int buttonsBaud,
        ButtonMap buttonMap,
        Duration debounce,
        Duration burstWindow,
        Duration idleTimeout,
        boolean fullscreen,
        String staffPin,
        Language defaultLanguage,
        String scanner,
        int scannerBaud) {

    /** The demo's PIN, used only with {@code --buttons sim} when no {@code --staff-pin} is given. */
    public static final String DEFAULT_STAFF_PIN = "1234";

    public static FeedbackOptions parse(String[] args) {
        return from(ClientOptions.parse(args, "feedback"));
    }

    public static FeedbackOptions from(ClientOptions c) {
        String buttons = c.option("buttons").orElse("none");
        if (!buttons.equals("sim") && !buttons.equals("none") && !buttons.startsWith("serial:")) {
            throw new ConfigException("--buttons must be sim, none or serial:PORT, was '" + buttons + "'");
        }
        if (buttons.equals("serial:")) {
            throw new ConfigException("--buttons serial:PORT needs a port name, e.g. serial:/dev/ttyUSB0");
        }
        ButtonMap map;
        try {
            map = ButtonMap.parse(c.option("buttons-map").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--buttons-map: " + e.getMessage(), e);
        }
        String pin = c.option("staff-pin").orElse(buttons.equals("sim") ? DEFAULT_STAFF_PIN : null);
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            throw new ConfigException("--staff-pin must be 4 to 12 digits");
        }
        String scanner = c.option("scanner").orElse(null);
        if (scanner != null && (!scanner.startsWith("serial:") || scanner.length() == "serial:".length())) {
            throw new ConfigException(
                    "--scanner must be serial:PORT, e.g. serial:/dev/ttyACM0 (a keyboard-wedge scanner needs no option)");
        }
        String lang = c.option("language").orElse("fi");
        Language language = Language.ofCode(lang)
                .orElseThrow(() -> new ConfigException("--language must be fi, sv or en, was '" + lang + "'"));
        return new FeedbackOptions(
                c,
                buttons,
                intOption(c, "buttons-baud", 9600, 300, 1_000_000),
                map,
                Duration.ofMillis(intOption(c, "buttons-debounce-ms", 40, 0, 1000)),
                Duration.ofMillis(intOption(c, "buttons-burst-ms", 1500, 0, 60_000)),
                Duration.ofSeconds(intOption(c, "idle-seconds", 45, 5, 3600)),
                c.flag("fullscreen"),
                pin,
                language,
                scanner,
                intOption(c, "scanner-baud", 9600, 300, 1_000_000));
    }

    /** Whether staff can open the PIN panel: a PIN was given, or this is a demo with simulated buttons. */
    public boolean staffPanelEnabled() {
        return staffPin != null;
    }

    public boolean simulatedButtons() {
        return buttons.equals("sim");
    }

    /** The serial port of a real button box, or null. */
    public String buttonsPort() {
        return buttons.startsWith("serial:") ? buttons.substring("serial:".length()) : null;
    }

    /** The serial port of a QR scanner, or null (keyboard-wedge scanners need no option). */
    public String scannerPort() {
        return scanner != null ? scanner.substring("serial:".length()) : null;
    }

    private static int intOption(ClientOptions c, String key, int dflt, int min, int max) {
        String v = c.option(key).orElse(null);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new ConfigException("--" + key + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("--" + key + " must be a number, was '" + v + "'");
        }
    }
}
