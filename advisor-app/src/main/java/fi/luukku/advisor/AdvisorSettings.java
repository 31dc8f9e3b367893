package fi.luukku.advisor;

import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.Language;
import java.util.Locale;
import java.util.Set;

/**
 * The advisor app's options on top of the shared ones ({@code --server --point --data}): an optional auto-login
 * for the demo ({@code --user --password --desk}), {@code --sound on|off}, {@code --lang fi|sv|en}, and the
 * accessibility switches {@code --high-contrast} and {@code --large-text}.
 */
public record AdvisorSettings(
        ClientOptions options,
        String user,
        String password,
        String desk,
        boolean sound,
        Language language,
        boolean highContrast,
        boolean largeText) {

    private static final Set<String> KNOWN =
            Set.of("user", "password", "desk", "sound", "lang", "high-contrast", "large-text");

    public static AdvisorSettings parse(String[] args) {
        ClientOptions o = ClientOptions.parse(args, "advisor");
        for (String key : o.extra().keySet()) {
            if (!KNOWN.contains(key)) {
                throw new ConfigException("unknown option --" + key + " (the advisor app takes --server, --point,"
                        + " --data, --user, --password, --desk, --sound on|off, --lang fi|sv|en, --high-contrast,"
                        + " --large-text)");
            }
        }
        String sound = o.option("sound").orElse("on").toLowerCase(Locale.ROOT);
        if (!sound.equals("on") && !sound.equals("off")) {
            throw new ConfigException("--sound must be on or off, was '" + sound + "'");
        }
        String lang = o.option("lang").orElse("fi");
        Language language = Language.ofCode(lang)
                .orElseThrow(() -> new ConfigException("--lang must be fi, sv or en, was '" + lang + "'"));
        return new AdvisorSettings(
                o,
                o.option("user").orElse(null),
                o.option("password").orElse(null),
                o.option("desk").orElse(null),
                sound.equals("on"),
                language,
                o.flag("high-contrast"),
                o.flag("large-text"));
    }
}
