package fi.luukku.core.kiosk;

import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.durable.DurableFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The number ranges the service reserved for this kiosk, kept in a local H2 file so they survive restarts and
 * can be used while the service is away. Taking a number commits before it is returned: a number is never
 * handed out twice, even if the process dies right after (at worst a number is skipped).
 */
public final class OfflineNumberStore implements AutoCloseable {
    private final Connection connection;

    private OfflineNumberStore(Connection connection) {
        this.connection = connection;
    }

    public static OfflineNumberStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            Connection c = DriverManager.getConnection(
                    DurableFiles.h2Url(directory.resolve("kiosk-offline-numbers")), "sa", "");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS offline_range ("
                        + " block_day DATE NOT NULL, queue_id VARCHAR(64) NOT NULL, prefix VARCHAR(8) NOT NULL,"
                        + " first_number INT NOT NULL, last_number INT NOT NULL, next_number INT NOT NULL,"
                        + " PRIMARY KEY (block_day, queue_id, first_number))");
                s.execute("CREATE TABLE IF NOT EXISTS emergency_next ("
                        + " block_day DATE NOT NULL, queue_id VARCHAR(64) NOT NULL, next_number INT NOT NULL,"
                        + " PRIMARY KEY (block_day, queue_id))");
                s.execute("CREATE TABLE IF NOT EXISTS rejected_ticket ("
                        + " idempotency_key VARCHAR(128) PRIMARY KEY, ticket_number VARCHAR(16) NOT NULL,"
                        + " rejected_at TIMESTAMP NOT NULL, reason VARCHAR(500))");
            }
            return new OfflineNumberStore(c);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the offline number store in " + directory, e);
        }
    }

    /** Keeps a block from the service; ranges already known keep their progress. */
    public synchronized void save(OfflineBlockDto block) {
        for (OfflineBlockDto.Range r : block.ranges()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO offline_range (block_day, queue_id, prefix, first_number, last_number, next_number)"
                            + " SELECT ?, ?, ?, ?, ?, ? FROM DUAL"
                            + " WHERE NOT EXISTS (SELECT 1 FROM offline_range WHERE block_day = ? AND queue_id = ?"
                            + " AND first_number = ?)")) {
                ps.setObject(1, block.day());
                ps.setString(2, r.queueId());
                ps.setString(3, r.prefix());
                ps.setInt(4, r.first());
                ps.setInt(5, r.last());
                ps.setInt(6, r.first());
                ps.setObject(7, block.day());
                ps.setString(8, r.queueId());
                ps.setInt(9, r.first());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store offline block", e);
            }
        }
    }

    /** Takes the next free number of a queue for a day, or empty when the block is used up or missing. */
    public synchronized Optional<OfflineNumber> take(String queueId, LocalDate day) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT first_number, prefix, next_number FROM offline_range WHERE block_day = ? AND queue_id = ?"
                        + " AND next_number <= last_number ORDER BY first_number LIMIT 1")) {
            ps.setObject(1, day);
            ps.setString(2, queueId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int first = rs.getInt(1);
                String prefix = rs.getString(2);
                int next = rs.getInt(3);
                try (PreparedStatement up = connection.prepareStatement("UPDATE offline_range SET next_number = ?"
                        + " WHERE block_day = ? AND queue_id = ? AND first_number = ?")) {
                    up.setInt(1, next + 1);
                    up.setObject(2, day);
                    up.setString(3, queueId);
                    up.setInt(4, first);
                    up.executeUpdate();
                }
                return Optional.of(new OfflineNumber(queueId, prefix, next));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take an offline number", e);
        }
    }

    /**
     * Takes the next number of the static emergency range for a queue and day, skipping any number inside a
     * block the service reserved for that day (so the two never hand out the same number). Committed before it
     * returns, like {@link #take}.
     */
    public synchronized Optional<OfflineNumber> takeEmergency(
            String queueId, LocalDate day, String prefix, EmergencyRange range) {
        try {
            int next = range.first();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT next_number FROM emergency_next WHERE block_day = ? AND queue_id = ?")) {
                ps.setObject(1, day);
                ps.setString(2, queueId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        next = Math.max(next, rs.getInt(1));
                    }
                }
            }
            while (next <= range.last() && insideReservedBlock(queueId, day, next)) {
                next++;
            }
            if (next > range.last()) {
                return Optional.empty();
            }
            try (PreparedStatement up = connection.prepareStatement(
                    "MERGE INTO emergency_next (block_day, queue_id, next_number) KEY (block_day, queue_id)"
                            + " VALUES (?, ?, ?)")) {
                up.setObject(1, day);
                up.setString(2, queueId);
                up.setInt(3, next + 1);
                up.executeUpdate();
            }
            return Optional.of(new OfflineNumber(queueId, prefix, next));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take an emergency number", e);
        }
    }

    private boolean insideReservedBlock(String queueId, LocalDate day, int n) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM offline_range"
                + " WHERE block_day = ? AND queue_id = ? AND first_number <= ? AND last_number >= ?")) {
            ps.setObject(1, day);
            ps.setString(2, queueId);
            ps.setInt(3, n);
            ps.setInt(4, n);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** The prefix the service last gave a queue's block (any day), or empty. */
    public synchronized Optional<String> knownPrefix(String queueId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT prefix FROM offline_range WHERE queue_id = ? ORDER BY block_day DESC LIMIT 1")) {
            ps.setString(1, queueId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read offline blocks", e);
        }
    }

    /** How many numbers are left for a queue on a day (0 when there is no block). */
    public synchronized int remaining(String queueId, LocalDate day) {
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT COALESCE(SUM(last_number - next_number + 1), 0) FROM offline_range"
                        + " WHERE block_day = ? AND queue_id = ? AND next_number <= last_number")) {
            ps.setObject(1, day);
            ps.setString(2, queueId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count offline numbers", e);
        }
    }

    /** Whether any block is stored for the day. */
    public synchronized boolean hasBlock(LocalDate day) {
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT COUNT(*) FROM offline_range WHERE block_day = ?")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read offline blocks", e);
        }
    }

    /**
     * Remembers an offline ticket the service refused. Returns true the first time for a key (so the alert
     * about it goes out once), false when it was known already.
     */
    public synchronized boolean recordRejected(
            String idempotencyKey, String number, java.time.Instant at, String reason) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO rejected_ticket (idempotency_key, ticket_number, rejected_at, reason)"
                        + " SELECT ?, ?, ?, ? FROM DUAL"
                        + " WHERE NOT EXISTS (SELECT 1 FROM rejected_ticket WHERE idempotency_key = ?)")) {
            ps.setString(1, idempotencyKey);
            ps.setString(2, number);
            ps.setTimestamp(3, java.sql.Timestamp.from(at));
            ps.setString(4, reason == null ? null : reason.substring(0, Math.min(500, reason.length())));
            ps.setString(5, idempotencyKey);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a rejected ticket", e);
        }
    }

    /** Numbers of the offline tickets the service refused, oldest first. */
    public synchronized java.util.List<String> rejectedNumbers() {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT ticket_number FROM rejected_ticket ORDER BY rejected_at, ticket_number")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read rejected tickets", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the offline number store", e);
        }
    }
}
