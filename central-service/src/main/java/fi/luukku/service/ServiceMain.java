package fi.luukku.service;

import fi.luukku.core.config.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Entry point of the central service.
 *
 * <pre>
 * --demo              seed the five pilot points and demo credentials (on an empty database)
 * --port P            HTTP port (0 = any free port)
 * --data DIR          H2 file database under DIR (default ./data)
 * --config FILE       properties file (db.url, db.user, db.password, port, queue.*, …)
 * --db-url URL        JDBC URL (PostgreSQL in production), overrides the file
 * --set key=value     any configuration key
 * </pre>
 */
public final class ServiceMain {
    private ServiceMain() {}

    public static void main(String[] args) {
        ServiceConfig config;
        try {
            config = parse(args);
        } catch (ConfigException e) {
            System.err.println("luukku server: " + e.getMessage());
            System.exit(2);
            return;
        }
        LuukkuServer server = new LuukkuServer(config);
        try {
            server.start();
        } catch (RuntimeException e) {
            System.err.println("luukku server: could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(
                "Luukku central service: " + server.baseUrl() + " (health: " + server.baseUrl() + "/health)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "luukku-shutdown"));
    }

    static ServiceConfig parse(String[] args) {
        Map<String, String> overrides = new LinkedHashMap<>();
        Properties file = new Properties();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--demo" -> overrides.put("demo", "true");
                case "--port" -> overrides.put("port", value(args, ++i, a));
                case "--data" -> overrides.put("data", value(args, ++i, a));
                case "--db-url" -> overrides.put("db.url", value(args, ++i, a));
                case "--config" -> {
                    Path p = Path.of(value(args, ++i, a));
                    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        file.load(r);
                    } catch (IOException e) {
                        throw new ConfigException("--config: cannot read " + p + ": " + e.getMessage());
                    }
                }
                case "--set" -> {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new ConfigException("--set expects key=value, got " + kv);
                    }
                    overrides.put(
                            kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
                case "--help", "-h" -> throw new ConfigException(
                        "usage: server [--demo] [--port P] [--data DIR] [--config FILE] [--db-url URL] [--set k=v]");
                default -> throw new ConfigException("unknown option " + a);
            }
        }
        return ServiceConfig.fromProperties(file, overrides);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new ConfigException(option + " needs a value");
        }
        return args[i];
    }
}
