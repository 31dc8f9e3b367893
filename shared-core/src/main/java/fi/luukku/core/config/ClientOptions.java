package fi.luukku.core.config;

import java.nio.file.Path;

/**
 * The options every app takes: {@code --server URL --point ID --token TOKEN [--data DIR]}, validated. Each app's
 * command line ({@link CommonClientOptions} as a picocli mixin) yields one.
 */
public record ClientOptions(String server, String point, String token, Path dataDir) {

    /** Parses a command line that holds only the common options (anything else is an error). */
    public static ClientOptions parse(String[] args, String defaultDataDirName) {
        return Cli.parse(new CommonClientOptions.Only(), args).common.toClientOptions(defaultDataDirName);
    }
}
