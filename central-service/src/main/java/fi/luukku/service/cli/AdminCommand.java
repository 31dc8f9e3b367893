package fi.luukku.service.cli;

import fi.luukku.core.config.ConfigException;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.admin.FirstAdmin;
import fi.luukku.service.db.Database;
import fi.luukku.service.error.ServiceException;
import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./luukku admin init}: the first administrator, on the database the server's configuration names. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        subcommands = {AdminCommand.Init.class, ArchiveCommand.class},
        description = "first-run administration and the archive")
final class AdminCommand {

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "create an administrator (the first one on a new installation)")
    static final class Init implements Callable<Integer> {
        @Option(names = "--config", description = "the server's properties file (db.url, db.user, …)")
        Path config;

        @Option(names = "--data", description = "H2 data directory (when the configuration names no db.url)")
        String data;

        @Option(names = "--db-url", description = "JDBC URL, overrides the file")
        String dbUrl;

        @Option(
                names = "--user",
                defaultValue = "admin",
                description = "the administrator's username (${DEFAULT-VALUE})")
        String user;

        @Option(names = "--name", description = "display name")
        String displayName;

        @Option(
                names = "--password-file",
                description = "read the password from this file (first line); without it the password is asked")
        Path passwordFile;

        @Option(names = "--force", description = "create another administrator even when one exists")
        boolean force;

        @Override
        public Integer call() {
            ServiceConfig cfg;
            try {
                cfg = serviceConfig(config, data, dbUrl);
            } catch (ConfigException e) {
                System.err.println("luukku admin init: " + e.getMessage());
                return 2;
            }
            char[] password;
            try {
                password = readPassword(passwordFile);
            } catch (IOException | IllegalStateException | ServiceException e) {
                System.err.println("luukku admin init: " + e.getMessage());
                return 2;
            }
            try (Database db = new Database(cfg)) {
                FirstAdmin first = new FirstAdmin(db);
                long existing = first.administrators();
                if (existing > 0 && !force) {
                    System.err.println("luukku admin init: " + existing
                            + " administrator(s) exist already; sign in as one, or add --force to create another");
                    return 1;
                }
                first.create(user, displayName, password);
                System.out.println(
                        "Administrator '" + user + "' created. Start the service and sign in as " + user + ".");
                return 0;
            } catch (ServiceException e) {
                System.err.println("luukku admin init: " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                System.err.println("luukku admin init: the database could not be used: " + e.getMessage());
                return 1;
            } finally {
                Arrays.fill(password, ' ');
            }
        }
    }

    static ServiceConfig serviceConfig(Path file, String data, String dbUrl) {
        Properties p = new Properties();
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("--config: cannot read " + file + ": " + e.getMessage());
            }
        }
        Map<String, String> o = new LinkedHashMap<>();
        if (data != null) {
            o.put("data", data);
        }
        if (dbUrl != null) {
            o.put("db.url", dbUrl);
        }
        return ServiceConfig.fromProperties(p, o);
    }

    static char[] readPassword(Path file) throws IOException {
        if (file != null) {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("");
            char[] pw = first.strip().toCharArray();
            FirstAdmin.checkPassword(pw);
            return pw;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("no terminal to ask the password on; use --password-file FILE");
        }
        char[] a = console.readPassword(
                "New administrator password (at least %d characters): ", FirstAdmin.MIN_PASSWORD_LENGTH);
        char[] b = console.readPassword("The same again: ");
        if (a == null || b == null || !Arrays.equals(a, b)) {
            throw new IllegalStateException("the passwords differ");
        }
        Arrays.fill(b, ' ');
        FirstAdmin.checkPassword(a);
        return a;
    }
}
