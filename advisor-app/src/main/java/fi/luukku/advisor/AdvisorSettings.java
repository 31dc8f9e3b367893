package fi.luukku.advisor;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.ClientOptions;
import fi.luukku.core.config.CommonClientOptions;
import fi.luukku.core.config.ConfigException;
import fi.luukku.core.i18n.Language;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The advisor app's options on top of the shared ones ({@code --server --point --data}): an optional auto-login
 * for the demo ({@code --user --password --desk}), {@code --sound on|off}, {@code --lang fi|sv|en}, and the
 * accessibility switches {@code --high-contrast} and {@code --large-text}. Parsed by picocli ({@link Args}); an
 * unknown option stops the app naming the nearest valid one.
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

    /** The advisor's command line. */
    @Command(name = "luukku advisor", showDefaultValues = true, description = "The Luukku advisor console.")
    static final class Args {
        @Mixin
        CommonClientOptions common;

        @Option(names = "--user", paramLabel = "U", description = "Sign in as this user (demo). Default: ask.")
        String user;

        @Option(names = "--password", paramLabel = "P", description = "The user's password (demo). Default: ask.")
        String password;

        @Option(names = "--desk", paramLabel = "D", description = "The desk to sign in at. Default: ask.")
        String desk;

        @Option(
                names = "--sound",
                paramLabel = "on|off",
                defaultValue = "on",
                description = "A sound when a ticket waits.")
        String sound;

        @Option(names = "--lang", paramLabel = "fi|sv|en", defaultValue = "fi", description = "The console's language.")
        String lang;

        @Option(
                names = "--high-contrast",
                arity = "0..1",
                defaultValue = "false",
                showDefaultValue = Visibility.ALWAYS,
                description = "High-contrast colours.")
        boolean highContrast;

        @Option(
                names = "--large-text",
                arity = "0..1",
                defaultValue = "false",
                showDefaultValue = Visibility.ALWAYS,
                description = "Larger text.")
        boolean largeText;
    }

    /** The usage text: every option with its default. */
    public static String usage() {
        return Cli.usage(new Args());
    }

    public static AdvisorSettings parse(String[] args) {
        Args a = Cli.parse(new Args(), args);
        ClientOptions o = a.common.toClientOptions("advisor");
        String sound = a.sound.toLowerCase(Locale.ROOT);
        if (!sound.equals("on") && !sound.equals("off")) {
            throw new ConfigException("--sound must be on or off, was '" + sound + "'");
        }
        Language language = Language.ofCode(a.lang)
                .orElseThrow(() -> new ConfigException("--lang must be fi, sv or en, was '" + a.lang + "'"));
        return new AdvisorSettings(
                o, a.user, a.password, a.desk, sound.equals("on"), language, a.highContrast, a.largeText);
    }
}
