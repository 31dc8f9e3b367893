package fi.luukku.kiosk.feedback;

import static fi.luukku.core.config.OptionValues.intOption;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.CommonClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.ScannerOptions;
import fi.luukku.core.device.buttons.ButtonMap;
import fi.luukku.core.i18n.CitizenLanguage;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The feedback terminal's configuration, parsed by picocli ({@link Args}) and validated once at start. Besides the common {@code --server --point
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
        CitizenLanguage defaultLanguage,
        String scanner,
        int scannerBaud) {

    /** The demo's PIN, used only with {@code --buttons sim} when no {@code --staff-pin} is given. */
    public static final String DEFAULT_STAFF_PIN = "1234";

    /** The feedback terminal's command line (picocli); {@link #parse} validates it. */
    @Command(
            name = "luukku kiosk --mode feedback",
            showDefaultValues = true,
            description = "The Luukku exit feedback terminal.")
    static final class Args {
        @Mixin
        CommonClientOptions common;

        @Option(
                names = "--mode",
                paramLabel = "feedback",
                defaultValue = "feedback",
                description = "Chooses the feedback terminal (the kiosk app's switch).")
        String mode;

        @Option(
                names = "--buttons",
                paramLabel = "none|sim|serial:PORT",
                defaultValue = "none",
                description = "The smiley button box: none (touch screen only), sim (on-screen twin) or a serial port.")
        String buttons;

        @Option(names = "--buttons-baud", paramLabel = "N", defaultValue = "9600", description = "Button box speed.")
        String buttonsBaud;

        @Option(
                names = "--buttons-map",
                paramLabel = "SPEC|FILE",
                description = "byte=answer map, e.g. 1=rating:1,2=rating:2. Default: 1..5 and '1'..'5'.")
        String buttonsMap;

        @Option(
                names = "--buttons-debounce-ms",
                paramLabel = "N",
                defaultValue = "40",
                description = "Contact bounce filter.")
        String buttonsDebounceMs;

        @Option(
                names = "--buttons-burst-ms",
                paramLabel = "N",
                defaultValue = "1500",
                description = "Burst window: presses closer than this count once.")
        String buttonsBurstMs;

        @Mixin
        ScannerOptions scannerOptions;

        @Option(
                names = "--idle-seconds",
                paramLabel = "N",
                defaultValue = "45",
                description = "Back to the start screen after this long untouched.")
        String idleSeconds;

        @Option(
                names = "--fullscreen",
                arity = "0..1",
                defaultValue = "false",
                showDefaultValue = Visibility.ALWAYS,
                description = "Full screen, no window decorations.")
        boolean fullscreen;

        @Option(
                names = "--staff-pin",
                paramLabel = "PIN",
                description = "4-12 digits; opens the staff panel. Default: none (disabled); 1234 with --buttons sim.")
        String staffPin;

        @Option(
                names = "--language",
                paramLabel = "fi|sv|en",
                defaultValue = "fi",
                description = "The start screen's language.")
        String language;
    }

    /** The usage text: every option with its default. */
    public static String usage() {
        return Cli.usage(new Args());
    }

    public static FeedbackOptions parse(String[] args) {
        Args a = Cli.parse(new Args(), args);
        if (!a.mode.equals("feedback")) {
            throw new ConfigException("--mode must be 'feedback' for the feedback terminal, was '" + a.mode + "'");
        }
        ClientOptions c = a.common.toClientOptions("feedback");
        String buttons = a.buttons;
        if (!buttons.equals("sim") && !buttons.equals("none") && !buttons.startsWith("serial:")) {
            throw new ConfigException("--buttons must be sim, none or serial:PORT, was '" + buttons + "'");
        }
        if (buttons.equals("serial:")) {
            throw new ConfigException("--buttons serial:PORT needs a port name, e.g. serial:/dev/ttyUSB0");
        }
        ButtonMap map;
        try {
            map = ButtonMap.parse(a.buttonsMap);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--buttons-map: " + e.getMessage(), e);
        }
        String pin = a.staffPin != null ? a.staffPin : buttons.equals("sim") ? DEFAULT_STAFF_PIN : null;
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            throw new ConfigException("--staff-pin must be 4 to 12 digits");
        }
        String scanner = a.scannerOptions.scanner();
        String lang = a.language;
        CitizenLanguage language = CitizenLanguage.ofCode(lang)
                .orElseThrow(() -> new ConfigException("--language must be one of "
                        + java.util.Arrays.stream(CitizenLanguage.values())
                                .map(CitizenLanguage::code)
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ", was '" + lang + "'"));
        return new FeedbackOptions(
                c,
                buttons,
                intOption("buttons-baud", a.buttonsBaud, 300, 1_000_000),
                map,
                Duration.ofMillis(intOption("buttons-debounce-ms", a.buttonsDebounceMs, 0, 1000)),
                Duration.ofMillis(intOption("buttons-burst-ms", a.buttonsBurstMs, 0, 60_000)),
                Duration.ofSeconds(intOption("idle-seconds", a.idleSeconds, 5, 3600)),
                a.fullscreen,
                pin,
                language,
                scanner,
                a.scannerOptions.baud());
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
}
