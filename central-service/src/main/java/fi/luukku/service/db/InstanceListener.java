package fi.luukku.service.db;

import fi.luukku.core.net.Backoff;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears what other service instances on the same PostgreSQL database tell through {@link
 * Database#notifyInstances}: one dedicated connection (outside the pool) that LISTENs on the database's channel
 * and hands each payload to a consumer. When the connection breaks it reconnects with backoff; after every
 * (re)connect it calls {@code onConnected}, so the caller catches up from the tables with whatever was missed
 * meanwhile. Notifications are a wake-up only: the truth is always read from the database.
 */
public final class InstanceListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InstanceListener.class);
    private static final Backoff RECONNECT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.3);

    private final Database db;
    private final Consumer<String> onMessage;
    private final Runnable onConnected;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean connected;
    private volatile Connection current;

    public InstanceListener(Database db, Consumer<String> onMessage, Runnable onConnected) {
        this.db = db;
        this.onMessage = onMessage;
        this.onConnected = onConnected;
        this.thread = new Thread(this::loop, "luukku-instance-listener");
        thread.setDaemon(true);
    }

    public InstanceListener start() {
        thread.start();
        return this;
    }

    /** True while the LISTEN connection is up: then the event poll is only a fallback. */
    public boolean connected() {
        return connected;
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try (Connection c = db.openDedicated()) {
                current = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN \"" + db.channel().replace("\"", "") + "\"");
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                connected = true;
                failures = 0;
                log.info("listening to other service instances on channel {}", db.channel());
                runQuietly(onConnected);
                while (running) {
                    // waits up to the timeout for notifications; a broken connection throws
                    PGNotification[] got = pg.getNotifications(1000);
                    if (got == null) {
                        continue;
                    }
                    for (PGNotification n : got) {
                        runQuietly(() -> onMessage.accept(n.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (!running) {
                    return;
                }
                failures++;
                log.warn("instance listener lost its connection ({}); reconnecting", e.getMessage());
                try {
                    Thread.sleep(RECONNECT.delayFor(failures).toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                connected = false;
                current = null;
            }
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("handling a notification from another instance failed", e);
        }
    }

    /** Breaks the current connection (tests: the listener must reconnect and catch up). */
    public void dropConnection() {
        Connection c = current;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is being dropped anyway
            }
        }
    }

    @Override
    public void close() {
        running = false;
        dropConnection();
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
