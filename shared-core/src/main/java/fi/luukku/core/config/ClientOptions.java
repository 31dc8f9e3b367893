package fi.luukku.core.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line every app takes: {@code --server URL --point ID --token TOKEN [--data DIR]} plus
 * app-specific {@code --key value} options. Parsed and validated once at start; a bad value stops the app with
 * a message that names the option.
 */
public record ClientOptions(String server, String point, String token, Path dataDir, Map<String, String> extra) {

    public ClientOptions {
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static ClientOptions parse(String[] args, String defaultDataDirName) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new ConfigException("unexpected argument '" + a + "' (options look like --name value)");
            }
            String key = a.substring(2);
            String value = "true";
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            values.put(key, value);
        }
        String server = values.remove("server");
        if (server == null) {
            server = "http://localhost:8080";
        }
        if (!server.startsWith("http://") && !server.startsWith("https://")) {
            throw new ConfigException("--server must be an http:// or https:// URL, was '" + server + "'");
        }
        String point = values.remove("point");
        if (point == null || !point.matches("[a-z0-9-]{1,64}")) {
            throw new ConfigException("--point must name a service point id such as 'mikkeli', was '" + point + "'");
        }
        String token = values.remove("token");
        String data = values.remove("data");
        Path dataDir = data != null
                ? Path.of(data)
                : Path.of(System.getProperty("user.home"), ".luukku", defaultDataDirName + "-" + point);
        return new ClientOptions(stripSlash(server), point, token, dataDir, values);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(extra.get(key));
    }

    public boolean flag(String key) {
        return "true".equalsIgnoreCase(extra.get(key));
    }
}
