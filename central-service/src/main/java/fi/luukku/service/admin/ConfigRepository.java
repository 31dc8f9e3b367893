package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Conflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes configured things as canonical JSON trees; the only place with their SQL. */
final class ConfigRepository {
    /** Every configured thing: kind name → id → canonical tree with {@code version}. */
    static final class State {
        final Map<String, Map<String, ObjectNode>> byKind = new LinkedHashMap<>();

        Map<String, ObjectNode> of(Kind k) {
            return byKind.computeIfAbsent(k.name(), n -> new LinkedHashMap<>());
        }

        State copy() {
            State s = new State();
            byKind.forEach((k, m) -> {
                Map<String, ObjectNode> c = new LinkedHashMap<>();
                m.forEach((id, n) -> c.put(id, n.deepCopy()));
                s.byKind.put(k, c);
            });
            return s;
        }
    }

    State load(Sql sql) throws SQLException {
        Map<String, ArrayNode> pointAuth = new LinkedHashMap<>();
        sql.list(
                "SELECT point_id, authority_id FROM point_authorities ORDER BY point_id, sort_order, authority_id",
                rs -> {
                    pointAuth
                            .computeIfAbsent(rs.getString(1), k -> Canonical.F.arrayNode())
                            .add(rs.getString(2));
                    return null;
                });
        Map<String, ArrayNode> deskQueues = new LinkedHashMap<>();
        sql.list("SELECT desk_id, queue_id, priority FROM desk_queues ORDER BY desk_id, priority, queue_id", rs -> {
            deskQueues
                    .computeIfAbsent(rs.getString(1), k -> Canonical.F.arrayNode())
                    .add(Canonical.F
                            .objectNode()
                            .put("queue", rs.getString(2))
                            .set("priority", Canonical.num(rs.getInt(3))));
            return null;
        });
        State state = new State();
        for (Kind k : Kinds.ALL) {
            Map<String, ObjectNode> m = state.of(k);
            String order = k.field("order").isPresent() ? "sort_order, id" : "id";
            for (ObjectNode raw : sql.list("SELECT * FROM " + k.table() + " ORDER BY " + order, rs -> raw(k, rs))) {
                String id = raw.get("id").asText();
                if (k == Kinds.POINT && pointAuth.containsKey(id)) {
                    raw.set("authorities", pointAuth.get(id));
                }
                if (k == Kinds.DESK && deskQueues.containsKey(id)) {
                    raw.set("queues", deskQueues.get(id));
                }
                long version = raw.remove("version").asLong();
                ObjectNode c = Canonical.fromInput(k, raw, k.name() + " " + id, null);
                c.set("version", Canonical.num(version));
                m.put(id, c);
            }
        }
        return state;
    }

    private static ObjectNode raw(Kind k, ResultSet rs) throws SQLException {
        ObjectNode n = Canonical.F.objectNode();
        n.put("id", rs.getString("id"));
        n.put("version", rs.getLong("version"));
        for (Field f : k.fields()) {
            switch (f.type()) {
                case TEXT, ENUM, DATE, TIME, REF -> n.put(f.name(), rs.getString(f.column()));
                case LOCALIZED -> n.set(
                        f.name(),
                        Canonical.F
                                .objectNode()
                                .put("fi", rs.getString(f.column() + "_fi"))
                                .put("sv", rs.getString(f.column() + "_sv"))
                                .put("en", rs.getString(f.column() + "_en")));
                case INT, LONG -> {
                    long v = rs.getLong(f.column());
                    if (!rs.wasNull()) {
                        n.set(f.name(), Canonical.num(v));
                    }
                }
                case BOOL -> n.put(f.name(), rs.getBoolean(f.column()));
                case CSV, REF_LIST -> {
                    String v = rs.getString(f.column());
                    ArrayNode a = n.putArray(f.name());
                    if (v != null && !v.isBlank()) {
                        Arrays.stream(v.split(",")).map(String::strip).forEach(a::add);
                    }
                }
                case JOIN -> {}
            }
        }
        if (k == Kinds.LIFE_EVENT && n.path("services").isEmpty()) { // a row from before service chains
            n.putArray("services").add(rs.getString("service_id"));
        }
        return n;
    }

    void insert(Sql sql, Kind k, ObjectNode n) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        cols.add("id");
        args.add(n.get("id").asText());
        columns(k, n, cols, args);
        cols.add("version");
        args.add(0L);
        sql.update(
                "INSERT INTO " + k.table() + " (" + String.join(", ", cols) + ") VALUES ("
                        + String.join(",", java.util.Collections.nCopies(cols.size(), "?")) + ")",
                args.toArray());
        writeJoins(sql, k, n);
    }

    void update(Sql sql, Kind k, ObjectNode n, long expectedVersion) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        columns(k, n, cols, args);
        args.add(n.get("id").asText());
        args.add(expectedVersion);
        int rows = sql.update(
                "UPDATE " + k.table() + " SET " + String.join(" = ?, ", cols) + " = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?",
                args.toArray());
        if (rows != 1) {
            throw stale(k, n.get("id").asText());
        }
        writeJoins(sql, k, n);
    }

    void delete(Sql sql, Kind k, String id, long expectedVersion) throws SQLException {
        if (k == Kinds.POINT) {
            sql.update("DELETE FROM point_authorities WHERE point_id = ?", id);
        }
        if (k == Kinds.DESK) {
            sql.update("DELETE FROM desk_queues WHERE desk_id = ?", id);
        }
        if (sql.update("DELETE FROM " + k.table() + " WHERE id = ? AND version = ?", id, expectedVersion) != 1) {
            throw stale(k, id);
        }
    }

    static Conflict stale(Kind k, String id) {
        return new Conflict(
                "stale-version", k.name() + " " + id + " was changed by someone else meanwhile; reload and try again");
    }

    private static void columns(Kind k, ObjectNode n, List<String> cols, List<Object> args) {
        for (Field f : k.fields()) {
            JsonNode v = n.get(f.name());
            switch (f.type()) {
                case TEXT, ENUM, DATE, TIME, REF -> {
                    cols.add(f.column());
                    args.add(v == null ? Sql.Null.VARCHAR : v.asText());
                }
                case LOCALIZED -> {
                    for (String lang : new String[] {"fi", "sv", "en"}) {
                        cols.add(f.column() + "_" + lang);
                        args.add(v == null ? "" : v.path(lang).asText(""));
                    }
                }
                case INT -> {
                    cols.add(f.column());
                    args.add(v == null ? (f.name().equals("weekday") ? Sql.Null.INTEGER : (Object) 0) : v.asInt());
                }
                case LONG -> {
                    cols.add(f.column());
                    args.add(v == null ? 0L : v.asLong());
                }
                case BOOL -> {
                    cols.add(f.column());
                    args.add(v != null && v.asBoolean());
                }
                case CSV, REF_LIST -> {
                    cols.add(f.column());
                    List<String> items = new ArrayList<>();
                    if (v != null) {
                        v.forEach(e -> items.add(e.asText()));
                    }
                    args.add(String.join(",", items));
                }
                case JOIN -> {}
            }
        }
        if (k == Kinds.LIFE_EVENT) { // the first service of the chain is where the kiosk's tile leads
            cols.add("service_id");
            args.add(n.path("services").path(0).asText());
        }
    }

    private static void writeJoins(Sql sql, Kind k, ObjectNode n) throws SQLException {
        String id = n.get("id").asText();
        if (k == Kinds.POINT) {
            sql.update("DELETE FROM point_authorities WHERE point_id = ?", id);
            int order = 0;
            for (JsonNode a : n.path("authorities")) {
                sql.update(
                        "INSERT INTO point_authorities (point_id, authority_id, sort_order) VALUES (?,?,?)",
                        id,
                        a.asText(),
                        order++);
            }
        }
        if (k == Kinds.DESK) {
            sql.update("DELETE FROM desk_queues WHERE desk_id = ?", id);
            for (JsonNode q : n.path("queues")) {
                sql.update(
                        "INSERT INTO desk_queues (desk_id, queue_id, priority) VALUES (?,?,?)",
                        id,
                        q.path("queue").asText(),
                        q.path("priority").asInt(1));
            }
        }
    }
}
