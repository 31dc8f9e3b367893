package fi.luukku.display;

import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.Language;
import fi.luukku.display.text.LanguageRotation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The display's own options on top of {@link ClientOptions}, validated once at start:
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

    public static DisplayOptions parse(String[] args) {
        ClientOptions c = ClientOptions.parse(args, "display");
        SoundMode sound;
        String s = c.option("sound").orElse("chime").toLowerCase(Locale.ROOT);
        switch (s) {
            case "chime" -> sound = SoundMode.CHIME;
            case "speech" -> sound = SoundMode.SPEECH;
            case "off", "none", "visual" -> sound = SoundMode.OFF;
            default -> throw new ConfigException("--sound must be chime, speech or off, was '" + s + "'");
        }
        List<Language> languages = List.of();
        Optional<String> langs = c.option("languages");
        if (langs.isPresent()) {
            List<String> codes = Arrays.asList(langs.get().split(","));
            languages = LanguageRotation.parse(codes);
            if (languages.size() != codes.stream().filter(x -> !x.isBlank()).count() || languages.isEmpty()) {
                throw new ConfigException(
                        "--languages must list language codes out of fi,sv,en, was '" + langs.get() + "'");
            }
        }
        Optional<Language> speech = Optional.empty();
        if (c.option("speech-language").isPresent()) {
            String code = c.option("speech-language").get();
            speech = Optional.of(Language.ofCode(code)
                    .orElseThrow(
                            () -> new ConfigException("--speech-language must be fi, sv or en, was '" + code + "'")));
        }
        Optional<String> desk = c.option("desk");
        if (desk.isPresent() && (desk.get().isBlank() || desk.get().equals("true"))) {
            throw new ConfigException("--desk needs the id of a desk, e.g. --desk mikkeli-desk-1");
        }
        int width = 1920;
        int height = 1080;
        if (c.option("size").isPresent()) {
            String v = c.option("size").get();
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
        }
        Duration hold = Duration.ofSeconds(positive(c, "hold-seconds", 5));
        Duration resync = Duration.ofSeconds(positive(c, "resync-after-seconds", 5));
        return new DisplayOptions(
                c,
                c.flag("fullscreen"),
                desk,
                sound,
                languages,
                speech,
                width,
                height,
                hold,
                resync,
                c.option("espeak").orElse("espeak-ng"));
    }

    private static long positive(ClientOptions c, String key, long dflt) {
        Optional<String> v = c.option(key);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.get().trim());
            if (n < 1 || n > 3600) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(
                    "--" + key + " must be a number of seconds between 1 and 3600, was '" + v.get() + "'");
        }
    }

    /** The bearer token: given, or the demo display token of the point. */
    public String token() {
        return client.token() != null ? client.token() : "demo-display-" + client.point();
    }
}
