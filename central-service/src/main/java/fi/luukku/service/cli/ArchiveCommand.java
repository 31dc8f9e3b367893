package fi.luukku.service.cli;

import fi.luukku.core.config.ConfigException;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.db.Database;
import fi.luukku.service.retention.ArchiveTable;
import fi.luukku.service.retention.Archiver;
import fi.luukku.service.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./luukku admin archive list|restore}: the months the retention job has moved to archive files, and
 * putting one back into the live tables (ADR 0029).
 */
@Command(
        name = "archive",
        mixinStandardHelpOptions = true,
        subcommands = {ArchiveCommand.ListMonths.class, ArchiveCommand.Restore.class},
        description = "archived months of raw rows (under <data>/archive)")
final class ArchiveCommand {

    /** Where the service's database and data folder are. */
    static final class Target {
        @Option(names = "--config", description = "the server's properties file (db.url, data, …)")
        Path config;

        @Option(names = "--data", description = "the service's data folder (H2 database and archive)")
        String data;

        @Option(names = "--db-url", description = "JDBC URL, overrides the file")
        String dbUrl;

        ServiceConfig serviceConfig() {
            return AdminCommand.serviceConfig(config, data, dbUrl);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "the archived (or restored) months")
    static final class ListMonths implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            ServiceConfig cfg;
            try {
                cfg = target.serviceConfig();
            } catch (ConfigException e) {
                System.err.println("luukku admin archive list: " + e.getMessage());
                return 2;
            }
            try (Database db = new Database(cfg)) {
                Archiver archiver = new Archiver(db, RetentionPolicy.archiveDir(cfg), cfg.zone());
                for (Archiver.Entry e : archiver.entries()) {
                    System.out.printf("%-14s %s %-8s %d rows%n", e.table(), e.month(), e.state(), e.rows());
                }
                return 0;
            } catch (RuntimeException e) {
                System.err.println("luukku admin archive list: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "put an archived month of a table back into the live tables (rows already there stay)")
    static final class Restore implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(
                names = "--table",
                required = true,
                description = "tickets (with their service events and referrals), feedback, help_requests,"
                        + " incidents or appointments")
        String table;

        @Option(names = "--month", required = true, description = "the month, yyyy-MM")
        String month;

        @Override
        public Integer call() {
            ServiceConfig cfg;
            ArchiveTable t;
            YearMonth m;
            try {
                cfg = target.serviceConfig();
                t = ArchiveTable.of(table);
                m = YearMonth.parse(month);
            } catch (ConfigException | IllegalArgumentException | DateTimeParseException e) {
                System.err.println("luukku admin archive restore: " + e.getMessage());
                return 2;
            }
            try (Database db = new Database(cfg)) {
                long n = new Archiver(db, RetentionPolicy.archiveDir(cfg), cfg.zone()).restore(t, m);
                System.out.println("Restored " + n + " rows of " + t.tableName() + " " + m
                        + "; the retention job leaves this month in the live tables.");
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("luukku admin archive restore: " + e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                System.err.println("luukku admin archive restore: the restore failed: " + e.getMessage());
                return 1;
            }
        }
    }
}
