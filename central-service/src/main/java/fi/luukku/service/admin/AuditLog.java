package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.db.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who changed what and when, with the thing before and after, written in the same transaction as the change. */
public final class AuditLog {
    /** One recorded change. */
    public record Entry(
            String id,
            long at,
            String actor,
            String action,
            String kind,
            String entityId,
            String pointId,
            JsonNode before,
            JsonNode after) {}

    void record(
            Sql sql,
            long at,
            String actor,
            String action,
            String kind,
            String id,
            String point,
            ObjectNode before,
            ObjectNode after)
            throws SQLException {
        sql.update(
                "INSERT INTO audit_log (id, at, actor, action, kind, entity_id, point_id, before_json, after_json)"
                        + " VALUES (?,?,?,?,?,?,?,?,?)",
                UUID.randomUUID().toString(),
                at,
                actor,
                action,
                kind,
                id,
                point,
                before == null ? null : before.toString(),
                after == null ? null : after.toString());
    }

    List<Entry> list(Sql sql, String point, String kind, String id, int limit) throws SQLException {
        StringBuilder q = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (point != null) {
            q.append(" AND point_id = ?");
            args.add(point);
        }
        if (kind != null) {
            q.append(" AND kind = ?");
            args.add(kind);
        }
        if (id != null) {
            q.append(" AND entity_id = ?");
            args.add(id);
        }
        q.append(" ORDER BY at DESC, id LIMIT ").append(limit);
        return sql.list(
                q.toString(),
                rs -> new Entry(
                        rs.getString("id"),
                        rs.getLong("at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("kind"),
                        rs.getString("entity_id"),
                        rs.getString("point_id"),
                        parse(rs.getString("before_json")),
                        parse(rs.getString("after_json"))),
                args.toArray());
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return fi.luukku.core.json.JsonMapper.create().readTree(json);
        } catch (java.io.IOException e) {
            return Canonical.F.textNode(json);
        }
    }
}
