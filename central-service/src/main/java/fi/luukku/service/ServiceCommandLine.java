package fi.luukku.service;

import fi.luukku.core.config.HelpOption;
import fi.luukku.core.config.SettingsSchema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The service's command line (picocli); {@link #toConfig} loads it through {@link ServiceConfig#SCHEMA}. */
@Command(
        name = "luukku server",
        showDefaultValues = true,
        description = "The Luukku central service.",
        footerHeading = "%nSettings (in the --config file or with --set key=value):%n")
final class ServiceCommandLine {
    @Option(
            names = "--demo",
            defaultValue = "false",
            showDefaultValue = Visibility.ALWAYS,
            description = "Seed the five pilot points and demo credentials (on an empty database).")
    boolean demo;

    @Option(names = "--port", paramLabel = "P", description = "HTTP port (0 = any free port). Default: 8080.")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "H2 file database under DIR. Default: data.")
    String data;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file with any of the settings below. Default: none.")
    Path config;

    @Option(
            names = "--db-url",
            paramLabel = "URL",
            description = "JDBC URL (PostgreSQL in production); overrides the file. Default: H2 under --data.")
    String dbUrl;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Any setting below; wins over the file. Default: none.")
    Map<String, String> set = new LinkedHashMap<>();

    @Mixin
    HelpOption help;

    ServiceCommandLine() {}

    /** The file's settings, then {@code --set}, then the dedicated options, each winning over the one before. */
    ServiceConfig toConfig() {
        Map<String, String> values = new LinkedHashMap<>();
        if (config != null) {
            values.putAll(SettingsSchema.read(config, "--config"));
        }
        values.putAll(set);
        if (demo) {
            values.put("demo", "true");
        }
        if (port != null) {
            values.put("port", port.toString());
        }
        if (data != null) {
            values.put("data", data);
        }
        if (dbUrl != null) {
            values.put("db.url", dbUrl);
        }
        return ServiceConfig.of(values);
    }
}
