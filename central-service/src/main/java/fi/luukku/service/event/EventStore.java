package fi.luukku.service.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.NotFound;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The persisted event log. Each point has its own monotonic sequence kept in {@code points.event_seq}; a writer
 * takes that row's lock first ({@link #lockPoint}), so event ids of one point commit strictly in order, also
 * with several service instances on one PostgreSQL database. A resuming reader therefore never skips an event.
 */
public final class EventStore {
    private final ObjectMapper mapper;
    private final Clock clock;

    public EventStore(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Serialises all writes of one point: the first statement of every changing transaction. */
    public void lockPoint(Sql sql, String pointId) throws SQLException {
        if (sql.one("SELECT event_seq FROM points WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), pointId)
                .isEmpty()) {
            throw new NotFound("point", pointId);
        }
    }

    /** Appends an event; call only after {@link #lockPoint} in the same transaction. */
    public StoredEvent append(Sql sql, String pointId, String type, Object data) throws SQLException {
        long id = sql.longValue("SELECT event_seq FROM points WHERE id = ?", pointId) + 1;
        sql.update("UPDATE points SET event_seq = ? WHERE id = ?", id, pointId);
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data not serialisable", e);
        }
        long now = clock.millis();
        sql.update(
                "INSERT INTO events (point_id, id, type, data, created_at) VALUES (?,?,?,?,?)",
                pointId,
                id,
                type,
                json,
                now);
        return new StoredEvent(id, type, json, now);
    }

    public record StoredEvent(long id, String type, String data, long createdAt) {}

    public List<StoredEvent> since(Sql sql, String pointId, long afterId, long upToId) throws SQLException {
        return sql.list(
                "SELECT id, type, data, created_at FROM events WHERE point_id = ? AND id > ? AND id <= ? ORDER BY id",
                rs -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                pointId,
                afterId,
                upToId);
    }

    public long lastId(Sql sql, String pointId) throws SQLException {
        return sql.longValue("SELECT event_seq FROM points WHERE id = ?", pointId);
    }

    /** The smallest id still kept, or 0 when the log of the point is empty. */
    public long firstKeptId(Sql sql, String pointId) throws SQLException {
        return sql.longValue("SELECT COALESCE(MIN(id), 0) FROM events WHERE point_id = ?", pointId);
    }

    public long firstIdSince(Sql sql, String pointId, long createdAtMillis) throws SQLException {
        return sql.longValue(
                "SELECT COALESCE(MIN(id), 0) FROM events WHERE point_id = ? AND created_at >= ?",
                pointId,
                createdAtMillis);
    }

    public int purgeOlderThan(Sql sql, long createdAtMillis) throws SQLException {
        return sql.update("DELETE FROM events WHERE created_at < ?", createdAtMillis);
    }
}
