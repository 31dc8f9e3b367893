package fi.luukku.display;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.CommonClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.Language;
import fi.luukku.display.text.LanguageRotation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The display's own options on top of {@link ClientOptions}, parsed by picocli ({@link Args}; an unknown option
 * stops the display naming the nearest valid one) and validated once at start:
 *
 * <pre>
 * --fullscreen                    fill the screen (F11 toggles)
 * --desk ID                       desk mode: a small screen above one desk showing its current number
 * --sound chime|speech|off        chime (default), chime and spoken announcement, or visual only
 * --languages fi,sv,en            languages the static texts rotate through (default: the point's own)
 * --speech-language fi            language of the spoken announcement (default: the first language)
 * --size 1920x1080                window size when not fullscreen
 * --hold-seconds 5                how long a call keeps the spotlight before the next waiting one
 * --resync-after-seconds 5        after a link outage this long, reload the snapshot instead of resuming
 * --espeak espeak-ng              the speech program
 * </pre>
 */
public record DisplayOptions(
        ClientOptions client,
        boolean fullscreen,
        Optional<String> desk,
        SoundMode sound,
        List<Language> languages,
        Optional<Language> speechLanguage,
        int width,
        int height,
        Duration hold,
        Duration resyncAfter,
        String espeak) {

    /** How calls are announced. */
    public enum SoundMode {
        CHIME,
        SPEECH,
        OFF
    }

    /** The display's command line (picocli); {@link #parse} validates it into the typed options. */
    @Command(name = "luukku display", showDefaultValues = true, description = "The Luukku queue display.")
    static final class Args {
        @Mixin
        CommonClientOptions common;

        @Option(
                names = "--fullscreen",
                arity = "0..1",
                defaultValue = "false",
                showDefaultValue = Visibility.ALWAYS,
                description = "Fill the screen (F11 toggles).")
        boolean fullscreen;

        @Option(
                names = "--desk",
                paramLabel = "ID",
                description = "Desk mode: a small screen above one desk showing its number. Default: wall mode.")
        String desk;

        @Option(
                names = "--sound",
                paramLabel = "chime|speech|off",
                defaultValue = "chime",
                description = "Chime, chime and spoken announcement, or visual only.")
        String sound;

        @Option(
                names = "--languages",
                paramLabel = "fi,sv,en",
                description = "Languages the static texts rotate through. Default: the point's own.")
        String languages;

        @Option(
                names = "--speech-language",
                paramLabel = "fi|sv|en",
                description = "Language of the spoken announcement. Default: the first language.")
        String speechLanguage;

        @Option(
                names = "--size",
                paramLabel = "WxH",
                defaultValue = "1920x1080",
                description = "Window size when not fullscreen.")
        String size;

        @Option(
                names = "--hold-seconds",
                paramLabel = "N",
                defaultValue = "5",
                description = "How long a call keeps the spotlight before the next waiting one.")
        String holdSeconds;

        @Option(
                names = "--resync-after-seconds",
                paramLabel = "N",
                defaultValue = "5",
                description = "After a link outage this long, reload the snapshot instead of resuming.")
        String resyncAfterSeconds;

        @Option(
                names = "--espeak",
                paramLabel = "PROGRAM",
                defaultValue = "espeak-ng",
                description = "The speech program.")
        String espeak;
    }

    /** The usage text: every option with its default. */
    public static String usage() {
        return Cli.usage(new Args());
    }

    public static DisplayOptions parse(String[] args) {
        Args a = Cli.parse(new Args(), args);
        ClientOptions c = a.common.toClientOptions("display");
        SoundMode sound;
        String s = a.sound.toLowerCase(Locale.ROOT);
        switch (s) {
            case "chime" -> sound = SoundMode.CHIME;
            case "speech" -> sound = SoundMode.SPEECH;
            case "off", "none", "visual" -> sound = SoundMode.OFF;
            default -> throw new ConfigException("--sound must be chime, speech or off, was '" + s + "'");
        }
        List<Language> languages = List.of();
        if (a.languages != null) {
            List<String> codes = Arrays.asList(a.languages.split(","));
            languages = LanguageRotation.parse(codes);
            if (languages.size() != codes.stream().filter(x -> !x.isBlank()).count() || languages.isEmpty()) {
                throw new ConfigException(
                        "--languages must list language codes out of fi,sv,en, was '" + a.languages + "'");
            }
        }
        Optional<Language> speech = Optional.empty();
        if (a.speechLanguage != null) {
            String code = a.speechLanguage;
            speech = Optional.of(Language.ofCode(code)
                    .orElseThrow(
                            () -> new ConfigException("--speech-language must be fi, sv or en, was '" + code + "'")));
        }
        Optional<String> desk = Optional.ofNullable(a.desk);
        if (desk.isPresent() && (desk.get().isBlank() || desk.get().equals("true"))) {
            throw new ConfigException("--desk needs the id of a desk, e.g. --desk mikkeli-desk-1");
        }
        int width;
        int height;
        String v = a.size;
        String[] wh = v.toLowerCase(Locale.ROOT).split("x");
        try {
            width = Integer.parseInt(wh[0].trim());
            height = Integer.parseInt(wh[1].trim());
        } catch (RuntimeException e) {
            throw new ConfigException("--size must look like 1920x1080, was '" + v + "'");
        }
        if (width < 200 || height < 150) {
            throw new ConfigException("--size is too small: " + v);
        }
        Duration hold = Duration.ofSeconds(positive("hold-seconds", a.holdSeconds));
        Duration resync = Duration.ofSeconds(positive("resync-after-seconds", a.resyncAfterSeconds));
        return new DisplayOptions(
                c, a.fullscreen, desk, sound, languages, speech, width, height, hold, resync, a.espeak);
    }

    private static long positive(String key, String v) {
        try {
            long n = Long.parseLong(v.trim());
            if (n < 1 || n > 3600) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("--" + key + " must be a number of seconds between 1 and 3600, was '" + v + "'");
        }
    }

    /** The bearer token given with --token, or null: then the stored one, else the pairing screen. */
    public String token() {
        return client.token();
    }
}
