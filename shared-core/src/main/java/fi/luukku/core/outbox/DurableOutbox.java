package fi.luukku.core.outbox;

import fi.luukku.core.durable.DurableFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local, durable queue of things to send to the central service, in an embedded H2 file. {@link #add}
 * returns only after the entry is committed to disk, so a citizen is thanked (or handed a ticket) only when
 * the answer can no longer be lost, whatever happens to the process. Each entry carries the idempotency key
 * it is sent with, so a delivery that succeeded just before a crash is not duplicated by the retry.
 */
public class DurableOutbox implements AutoCloseable {
    private final Connection connection;
    private final Clock clock;

    private DurableOutbox(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens (or creates) the outbox in {@code directory/name.mv.db}. */
    public static DurableOutbox open(Path directory, String name, Clock clock) {
        try {
            Files.createDirectories(directory);
            // every commit reaches the file before it returns; an interrupted writer cannot close the database
            String url = DurableFiles.h2Url(directory.resolve(name));
            Connection c = DriverManager.getConnection(url, "sa", "");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS outbox_item ("
                        + " id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                        + " kind VARCHAR(64) NOT NULL,"
                        + " idempotency_key VARCHAR(128) NOT NULL UNIQUE,"
                        + " payload CLOB NOT NULL,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " attempts INT DEFAULT 0 NOT NULL,"
                        + " next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " last_error VARCHAR(1000),"
                        + " sent_at TIMESTAMP WITH TIME ZONE,"
                        + " rejected BOOLEAN DEFAULT FALSE NOT NULL)");
            }
            return new DurableOutbox(c, clock);
        } catch (Exception e) {
            throw new OutboxException("cannot open the local outbox in " + directory, e);
        }
    }

    /** Stores an entry durably. Adding the same key twice keeps the first entry. */
    public synchronized void add(String kind, String idempotencyKey, String payload) {
        Instant now = clock.instant();
        try (PreparedStatement ps =
                connection.prepareStatement("INSERT INTO outbox_item (kind, idempotency_key, payload,"
                        + " created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, kind);
            ps.setString(2, idempotencyKey);
            ps.setString(3, payload);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return; // already stored under this key
            }
            throw new OutboxException("cannot store outbox entry " + idempotencyKey, e);
        }
    }

    /** Entries due for (another) delivery attempt now, oldest first. */
    public synchronized List<OutboxItem> due(int limit) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, kind, idempotency_key, payload, created_at, attempts FROM outbox_item"
                        + " WHERE sent_at IS NULL AND rejected = FALSE AND next_attempt_at <= ? ORDER BY id LIMIT ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setInt(2, limit);
            return read(ps);
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    /** All entries not yet delivered (including rejected ones), oldest first: for staff views and tests. */
    public synchronized List<OutboxItem> undelivered() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, kind, idempotency_key, payload, created_at, attempts FROM outbox_item"
                        + " WHERE sent_at IS NULL ORDER BY id")) {
            return read(ps);
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    public synchronized Optional<OutboxItem> find(String idempotencyKey) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, kind, idempotency_key, payload, created_at, attempts FROM outbox_item WHERE idempotency_key = ?")) {
            ps.setString(1, idempotencyKey);
            return read(ps).stream().findFirst();
        } catch (SQLException e) {
            throw new OutboxException("cannot read the outbox", e);
        }
    }

    private static List<OutboxItem> read(PreparedStatement ps) throws SQLException {
        List<OutboxItem> items = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(new OutboxItem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getInt(6)));
            }
        }
        return items;
    }

    /** Number of entries waiting to be sent (not counting those the service rejected). */
    public synchronized int pendingCount() {
        return count("sent_at IS NULL AND rejected = FALSE");
    }

    /** Entries the service refused as invalid: kept, never dropped, for staff to see. */
    public synchronized int rejectedCount() {
        return count("sent_at IS NULL AND rejected = TRUE");
    }

    private int count(String where) {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM outbox_item WHERE " + where)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new OutboxException("cannot count the outbox", e);
        }
    }

    public synchronized void markSent(long id) {
        update("UPDATE outbox_item SET sent_at = ? WHERE id = ?", Timestamp.from(clock.instant()), id);
    }

    public synchronized void markFailed(long id, String error, Instant nextAttempt) {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox_item SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")) {
            ps.setString(1, truncate(error));
            ps.setTimestamp(2, Timestamp.from(nextAttempt));
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("cannot update outbox entry " + id, e);
        }
    }

    public synchronized void markRejected(long id, String error) {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE outbox_item SET attempts = attempts + 1, last_error = ?, rejected = TRUE WHERE id = ?")) {
            ps.setString(1, truncate(error));
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("cannot update outbox entry " + id, e);
        }
    }

    /** Deletes delivered entries older than the given instant, so the file does not grow forever. */
    public synchronized int purgeSentBefore(Instant before) {
        try (PreparedStatement ps =
                connection.prepareStatement("DELETE FROM outbox_item WHERE sent_at IS NOT NULL AND sent_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("cannot purge the outbox", e);
        }
    }

    private void update(String sql, Timestamp ts, long id) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setTimestamp(1, ts);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("cannot update outbox entry " + id, e);
        }
    }

    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new OutboxException("cannot close the outbox", e);
        }
    }
}
