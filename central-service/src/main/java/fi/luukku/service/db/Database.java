package fi.luukku.service.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fi.luukku.core.net.Backoff;
import fi.luukku.service.ServiceConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connection pool, the migrations and the transaction helper. */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource ds;
    private final boolean postgres;
    private final ServiceConfig config;
    private final String channel;

    public Database(ServiceConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.dbUrl());
        if (!config.get("db.user").isBlank()) {
            hc.setUsername(config.get("db.user"));
        }
        if (!config.get("db.password").isBlank()) {
            hc.setPassword(config.get("db.password"));
        }
        String schema = config.get("db.schema");
        if (!schema.isBlank()) {
            hc.setSchema(schema);
        }
        hc.setMaximumPoolSize(config.intValue("db.pool"));
        hc.setPoolName("luukku-db");
        hc.setAutoCommit(true);
        this.postgres = config.isPostgres();
        this.config = config;
        // NOTIFY channels are database-wide: instances on another schema of the same database have their own
        this.channel = schema.isBlank() ? "luukku" : "luukku_" + schema.toLowerCase(java.util.Locale.ROOT);
        if (postgres) {
            // an answered commit is on the server's disk (ADR 0015), whatever the server's or role's default says
            hc.setConnectionInitSql("SET synchronous_commit TO on");
        }
        this.ds = new HikariDataSource(hc);
        try {
            var fw = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
            if (!schema.isBlank()) {
                fw = fw.schemas(schema).createSchemas(true);
            }
            fw.load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        log.info("database ready: {}", postgres ? "PostgreSQL" : "H2");
    }

    public DataSource dataSource() {
        return ds;
    }

    public boolean isPostgres() {
        return postgres;
    }

    public String kind() {
        return postgres ? "postgresql" : "h2";
    }

    /**
     * Tells every service instance on this database (PostgreSQL NOTIFY, delivered at commit; nothing on H2, where
     * only one process uses the database). Call inside the transaction whose commit the others should hear of.
     */
    public void notifyInstances(Sql sql, String payload) throws SQLException {
        if (postgres) {
            sql.one("SELECT pg_notify(?, ?)", rs -> 1, channel, payload);
        }
    }

    /** The NOTIFY channel of this database (and schema). */
    public String channel() {
        return channel;
    }

    /** A connection of its own, outside the pool, for a long-lived LISTEN. */
    public Connection openDedicated() throws SQLException {
        java.util.Properties p = new java.util.Properties();
        if (!config.get("db.user").isBlank()) {
            p.setProperty("user", config.get("db.user"));
        }
        if (!config.get("db.password").isBlank()) {
            p.setProperty("password", config.get("db.password"));
        }
        return java.sql.DriverManager.getConnection(config.dbUrl(), p);
    }

    /** Waits between retries of a lock conflict: 10 ms doubling to 80 ms, up to half shorter at random. */
    private static final Backoff LOCK_RETRY = new Backoff(Duration.ofMillis(10), Duration.ofMillis(80), 0.5);

    /** Runs work in one transaction; retries a few times when the database reports a lock conflict. */
    public <T> T tx(TxWork<T> work) {
        NestedUse.check();
        int attempt = 0;
        while (true) {
            attempt++;
            try (Connection c = ds.getConnection();
                    NestedUse held = NestedUse.enter()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(new Sql(c));
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    safeRollback(c);
                    if (e instanceof SQLException se && isRetryable(se) && attempt < 5) {
                        sleepBackoff(attempt);
                        continue;
                    }
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (isRetryable(e) && attempt < 5) {
                    sleepBackoff(attempt);
                    continue;
                }
                throw new DataAccessException(e);
            }
        }
    }

    /** Read-only work without an explicit transaction. */
    public <T> T read(TxWork<T> work) {
        NestedUse.check();
        try (Connection c = ds.getConnection();
                NestedUse held = NestedUse.enter()) {
            return work.run(new Sql(c));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static void safeRollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool will discard it
        }
    }

    private static void sleepBackoff(int attempt) {
        try {
            Thread.sleep(LOCK_RETRY.delayFor(attempt).toMillis());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.equals("40001") || state.equals("40P01") || state.equals("HYT00"))) {
                    return true;
                }
                int code = s.getErrorCode();
                if (code == 50200 || code == 40001 || code == 90131) { // H2 lock timeout, deadlock, concurrent update
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        ds.close();
    }

    @FunctionalInterface
    public interface TxWork<T> {
        T run(Sql sql) throws SQLException;
    }
}
