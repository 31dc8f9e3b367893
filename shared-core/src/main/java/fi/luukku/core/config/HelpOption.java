package fi.luukku.core.config;

import picocli.CommandLine.Option;

/** The {@code --help} switch every Luukku entry point takes (a picocli mixin). */
public final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help (every option with its default) and exit.")
    boolean help;
}
