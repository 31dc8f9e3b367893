package fi.luukku.service;

import fi.luukku.core.config.Cli;
import fi.luukku.core.config.HelpRequested;

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
 * --help              every option and setting with its default
 * </pre>
 */
public final class ServiceMain {
    private ServiceMain() {}

    public static void main(String[] args) {
        ServiceConfig[] parsed = new ServiceConfig[1];
        Cli.Outcome outcome = Cli.check("luukku server", () -> parsed[0] = parse(args), System.out, System.err);
        if (!outcome.run()) {
            System.exit(outcome.exitCode());
            return;
        }
        ServiceConfig config = parsed[0];
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

    /** The configuration from the command line; {@link HelpRequested} for --help. */
    static ServiceConfig parse(String[] args) {
        ServiceCommandLine command;
        try {
            command = Cli.parse(new ServiceCommandLine(), args);
        } catch (HelpRequested h) {
            throw new HelpRequested(usage());
        }
        return command.toConfig();
    }

    /** The usage text: every option and every setting with its default. */
    static String usage() {
        return Cli.usage(new ServiceCommandLine()) + ServiceConfig.SCHEMA.describe();
    }
}
