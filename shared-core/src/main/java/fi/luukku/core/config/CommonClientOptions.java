package fi.luukku.core.config;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every client app shares, as a picocli mixin; {@link #toClientOptions} validates them. */
public final class CommonClientOptions {
    @Option(
            names = "--server",
            paramLabel = "URL",
            defaultValue = "http://localhost:8080",
            description = "The central service (http:// or https://).")
    String server;

    @Option(
            names = "--point",
            paramLabel = "ID",
            description = "The service point, e.g. mikkeli (required). Default: none.")
    String point;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "The device's bearer token. Default: the token stored by pairing in the data directory;"
                    + " without one the device shows a pairing code.")
    String token;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Where the app keeps its state. Default: ~/.luukku/<app>-<point>.")
    Path data;

    @Mixin
    HelpOption help;

    public ClientOptions toClientOptions(String defaultDataDirName) {
        String url = server == null ? "http://localhost:8080" : server;
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ConfigException("--server must be an http:// or https:// URL, was '" + url + "'");
        }
        if (point == null || !point.matches("[a-z0-9-]{1,64}")) {
            throw new ConfigException("--point must name a service point id such as 'mikkeli', was '" + point + "'");
        }
        Path dataDir = data != null
                ? data
                : Path.of(System.getProperty("user.home"), ".luukku", defaultDataDirName + "-" + point);
        return new ClientOptions(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, point, token, dataDir);
    }

    /** A command line of just the common options. */
    @Command(name = "luukku client", showDefaultValues = true)
    static final class Only {
        @Mixin
        CommonClientOptions common;
    }
}
