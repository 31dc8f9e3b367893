package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.InstanceMessages;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The management of configured things, one at a time (the API) or a whole file at once (config diff/apply): every
 * change is checked on the whole state it would leave, written with optimistic versions, audited, and in effect at
 * once (the catalogue reloads and each point concerned gets {@code catalog.updated}).
 */
public final class AdminService {
    /** One change: create, update or delete of one thing; {@code fields} lists what an update changes. */
    public record Change(String op, String kind, String id, String point, ObjectNode fields) {}

    /** What a diff or an apply found (and, for apply, did). */
    public record Result(boolean applied, List<Change> changes) {}

    private final Database db;
    private final Catalog catalog;
    private final Mutations mutations;
    private final Clock clock;
    private final ConfigRepository repo = new ConfigRepository();
    private final AuditLog audit = new AuditLog();

    public AdminService(Database db, Catalog catalog, Mutations mutations, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.mutations = mutations;
        this.clock = clock;
    }

    private static Kind kind(String plural) {
        return Kinds.byPlural(plural).orElseThrow(() -> new NotFound("kind", plural));
    }

    public static List<String> kinds() {
        return Kinds.ALL.stream().map(Kind::plural).toList();
    }

    public List<ObjectNode> list(Principal who, String plural, String point) {
        Kind k = kind(plural);
        String only = who.role() == Role.ADMIN ? point : who.pointId();
        ConfigRepository.State s = db.read(repo::load);
        return s.of(k).values().stream()
                .filter(n -> only == null
                        || (k == Kinds.POINT
                                ? n.get("id").asText().equals(only)
                                : !n.has("point") || only.equals(n.path("point").asText())))
                .toList();
    }

    /** The point's opening hours (weekly pattern and exceptions, of the point and of its authorities). */
    public List<ObjectNode> openingHours(String point) {
        return db.read(repo::load).of(Kinds.OPENING_HOURS).values().stream()
                .filter(n -> point.equals(n.path("point").asText()))
                .map(ConfigDocument::withoutVersion)
                .toList();
    }

    /** The knowledge articles an advisor at the point sees: the national ones and the point's own. */
    public List<ObjectNode> articles(String point) {
        return db.read(repo::load).of(Kinds.ARTICLE).values().stream()
                .filter(n -> !n.has("point") || point.equals(n.path("point").asText()))
                .map(ConfigDocument::withoutVersion)
                .toList();
    }

    public ObjectNode get(Principal who, String plural, String id) {
        Kind k = kind(plural);
        ObjectNode n = db.read(repo::load).of(k).get(id);
        if (n == null) {
            throw new NotFound(k.name(), id);
        }
        String point = k == Kinds.POINT ? id : n.path("point").asText(null);
        if (who.role() != Role.ADMIN && point != null && !point.equals(who.pointId())) {
            throw new NotFound(k.name(), id);
        }
        return n;
    }

    /** Creates the thing (no version given) or updates it (the version read before must still be current). */
    public ObjectNode put(Principal who, String plural, String id, JsonNode body) {
        Kind k = kind(plural);
        if (body == null || !body.isObject()) {
            throw new Invalid(null, "the body must be a JSON object");
        }
        ObjectNode in = ((ObjectNode) body).deepCopy();
        if (in.has("id") && !in.get("id").asText().equals(id)) {
            throw new Invalid("id", "the id in the body differs from the id in the path");
        }
        in.put("id", id);
        ObjectNode n = Canonical.fromInput(k, in, "", null);
        ConfigRepository.State current = db.read(repo::load);
        ObjectNode before = current.of(k).get(id);
        JsonNode v = body.get("version");
        if (before != null) {
            if (v == null || !v.isIntegralNumber()) {
                throw new Invalid("version", k.name() + " " + id + " exists: send the version you read to change it");
            }
            if (v.asLong() != before.path("version").asLong()) {
                throw ConfigRepository.stale(k, id);
            }
        } else if (v != null && !v.isNull()) {
            throw new NotFound(k.name(), id);
        }
        allowed(who, k, before);
        allowed(who, k, n);
        ConfigRepository.State target = current.copy();
        target.of(k).put(id, n);
        commit(who, current, target, key -> key.equals(k.name() + "/" + id) ? "" : key.replace('/', ' '), false);
        return db.read(repo::load).of(k).get(id);
    }

    public void delete(Principal who, String plural, String id, Long version) {
        Kind k = kind(plural);
        ConfigRepository.State current = db.read(repo::load);
        ObjectNode before = current.of(k).get(id);
        if (before == null) {
            throw new NotFound(k.name(), id);
        }
        if (version == null) {
            throw new Invalid("version", "send the version you read (?version=N) to delete");
        }
        if (version != before.path("version").asLong()) {
            throw ConfigRepository.stale(k, id);
        }
        allowed(who, k, before);
        ConfigRepository.State target = current.copy();
        target.of(k).remove(id);
        commit(who, current, target, key -> key.replace('/', ' '), false);
    }

    private static void allowed(Principal who, Kind k, ObjectNode n) {
        if (who.role() == Role.ADMIN || n == null) {
            return;
        }
        if (who.role() != Role.SUPERVISOR || !k.supervised()) {
            throw new Forbidden("only an administrator may change " + k.plural());
        }
        if (!who.mayActAt(n.path("point").asText(""))) {
            throw new Forbidden("a supervisor changes only their own point");
        }
    }

    public ObjectNode export(Principal who, String requested) {
        String point = requested == null && who.role() != Role.ADMIN ? who.pointId() : requested;
        if (who.role() != Role.ADMIN && (point == null || !who.mayActAt(point))) {
            throw new Forbidden("a supervisor exports only their own point (--point)");
        }
        ConfigRepository.State s = db.read(repo::load);
        if (point != null && !s.of(Kinds.POINT).containsKey(point)) {
            throw new NotFound("point", point);
        }
        return ConfigDocument.export(s, point);
    }

    /** What applying the file would change (nothing is changed). */
    public Result diff(Principal who, JsonNode doc) {
        return file(who, doc, true);
    }

    /** Applies the whole file, or nothing of it when any part is invalid. */
    public Result apply(Principal who, JsonNode doc) {
        return file(who, doc, false);
    }

    private Result file(Principal who, JsonNode doc, boolean dryRun) {
        if (who.role() != Role.ADMIN) {
            throw new Forbidden("only an administrator applies configuration files");
        }
        ConfigDocument.Parsed p = ConfigDocument.parse(doc);
        ConfigRepository.State current = db.read(repo::load);
        ConfigRepository.State target = current.copy();
        p.things.forEach((kind, m) ->
                target.byKind.computeIfAbsent(kind, x -> new LinkedHashMap<>()).putAll(m));
        p.complete.forEach((point, kinds) -> {
            for (Kind k : kinds) {
                Map<String, ObjectNode> listed = p.things.getOrDefault(k.name(), Map.of());
                target.of(k)
                        .values()
                        .removeIf(n -> point.equals(n.path("point").asText(null))
                                && !listed.containsKey(n.get("id").asText()));
            }
        });
        return commit(who, current, target, key -> p.paths.getOrDefault(key, key.replace('/', ' ')), dryRun);
    }

    private Result commit(
            Principal who,
            ConfigRepository.State current,
            ConfigRepository.State target,
            Function<String, String> where,
            boolean dryRun) {
        ConfigValidator.validate(target, where);
        List<Change> changes = new ArrayList<>();
        record Step(String op, Kind k, ObjectNode before, ObjectNode after) {}
        List<Step> steps = new ArrayList<>();
        for (Kind k : Kinds.ALL) {
            for (ObjectNode after : target.of(k).values()) {
                ObjectNode before = current.of(k).get(after.get("id").asText());
                if (before == null) {
                    steps.add(new Step("create", k, null, after));
                } else if (!ConfigDocument.withoutVersion(before).equals(ConfigDocument.withoutVersion(after))) {
                    steps.add(new Step("update", k, before, after));
                }
            }
        }
        List<Kind> reversed = new ArrayList<>(Kinds.ALL);
        java.util.Collections.reverse(reversed);
        for (Kind k : reversed) {
            for (ObjectNode before : current.of(k).values()) {
                if (!target.of(k).containsKey(before.get("id").asText())) {
                    steps.add(new Step("delete", k, before, null));
                }
            }
        }
        for (Step s : steps) {
            ObjectNode any = s.after() != null ? s.after() : s.before();
            changes.add(new Change(
                    s.op(), s.k().name(), any.get("id").asText(), pointOf(s.k(), any), fields(s.before(), s.after())));
        }
        if (dryRun || steps.isEmpty()) {
            return new Result(false, changes);
        }
        long now = clock.millis();
        db.tx(sql -> {
            for (Step s : steps) {
                ObjectNode any = s.after() != null ? s.after() : s.before();
                String id = any.get("id").asText();
                switch (s.op()) {
                    case "create" -> repo.insert(sql, s.k(), s.after());
                    case "update" -> repo.update(
                            sql, s.k(), s.after(), s.before().path("version").asLong());
                    default -> repo.delete(
                            sql, s.k(), id, s.before().path("version").asLong());
                }
                audit.record(
                        sql,
                        now,
                        who.subject(),
                        s.op(),
                        s.k().name(),
                        id,
                        pointOf(s.k(), any),
                        s.before() == null ? null : ConfigDocument.withoutVersion(s.before()),
                        s.after());
            }
            return null;
        });
        publish(changes);
        return new Result(true, changes);
    }

    private static String pointOf(Kind k, ObjectNode n) {
        return k == Kinds.POINT ? n.get("id").asText() : n.path("point").asText(null);
    }

    private static ObjectNode fields(ObjectNode before, ObjectNode after) {
        ObjectNode f = Canonical.F.objectNode();
        if (before == null || after == null) {
            return f;
        }
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        names.remove("version");
        for (String n : names) {
            JsonNode b = before.get(n);
            JsonNode a = after.get(n);
            if (b == null ? a != null : !b.equals(a)) {
                ObjectNode d = f.putObject(n);
                d.set("before", b == null ? Canonical.F.nullNode() : b);
                d.set("after", a == null ? Canonical.F.nullNode() : a);
            }
        }
        return f;
    }

    /** Reloads the catalogue and tells every point concerned (network-wide things concern every point). */
    private void publish(List<Change> changes) {
        catalog.reload(db);
        db.tx(sql -> {
            db.notifyInstances(sql, InstanceMessages.CATALOG); // other instances reload theirs
            return null;
        });
        Map<String, Set<String>> byPoint = new LinkedHashMap<>();
        // a point created by this very change has nobody listening yet
        Set<String> created = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c.kind().equals(Kinds.POINT.name()) && c.op().equals("create")) {
                created.add(c.id());
            }
        }
        for (Change c : changes) {
            if (c.point() != null) {
                byPoint.computeIfAbsent(c.point(), x -> new LinkedHashSet<>()).add(c.kind());
            } else {
                for (var p : catalog.points()) {
                    byPoint.computeIfAbsent(p.id(), x -> new LinkedHashSet<>()).add(c.kind());
                }
            }
        }
        for (Iterator<Map.Entry<String, Set<String>>> it = byPoint.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Set<String>> e = it.next();
            if (!catalog.hasPoint(e.getKey()) || created.contains(e.getKey())) {
                continue;
            }
            mutations.run(e.getKey(), ctx -> {
                ctx.emit("catalog.updated", Map.of("pointId", e.getKey(), "kinds", List.copyOf(e.getValue())));
                return null;
            });
        }
    }

    public List<AuditLog.Entry> audit(Principal who, String point, String kind, String id, int limit) {
        String only = who.role() == Role.ADMIN ? point : who.pointId();
        if (who.role() != Role.ADMIN && who.role() != Role.SUPERVISOR) {
            throw new Forbidden("the audit log is for supervisors and administrators");
        }
        return db.read(sql -> audit.list(sql, only, kind, id, Math.max(1, Math.min(limit, 1000))));
    }
}
