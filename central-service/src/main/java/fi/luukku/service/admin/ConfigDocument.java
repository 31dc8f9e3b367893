package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.error.Invalid;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration file: network-wide lists at the top ({@code authorities}, {@code eventTypes},
 * {@code unitPrices}, national {@code articles}) and {@code points}, each with its own things nested under it
 * ({@code queues}, {@code services}, {@code desks}…). No versions and no secrets in it.
 */
final class ConfigDocument {
    static final List<Kind> NETWORK = List.of(Kinds.AUTHORITY, Kinds.EVENT_TYPE, Kinds.UNIT_PRICE, Kinds.ARTICLE);
    static final List<Kind> PER_POINT = List.of(
            Kinds.QUEUE,
            Kinds.SERVICE,
            Kinds.DESK,
            Kinds.LIFE_EVENT,
            Kinds.DIRECTORY,
            Kinds.INFO_MESSAGE,
            Kinds.OPENING_HOURS,
            Kinds.POINT_FEE,
            Kinds.ARTICLE);

    /** What a file holds. */
    static final class Parsed {
        final Map<String, Map<String, ObjectNode>> things = new LinkedHashMap<>();
        /** kind/id → path in the file */
        final Map<String, String> paths = new HashMap<>();
        /** point → kinds listed under it (those lists are complete: what is missing there is removed) */
        final Map<String, Set<Kind>> complete = new LinkedHashMap<>();

        void add(Kind k, ObjectNode n, String path) {
            String id = n.get("id").asText();
            Map<String, ObjectNode> m = things.computeIfAbsent(k.name(), x -> new LinkedHashMap<>());
            if (m.containsKey(id)) {
                throw new Invalid(
                        path + ".id",
                        "a " + k.name() + " with id " + id + " is already in the file at "
                                + paths.get(k.name() + "/" + id));
            }
            m.put(id, n);
            paths.put(k.name() + "/" + id, path);
        }
    }

    private ConfigDocument() {}

    static Parsed parse(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            throw new Invalid(null, "the configuration must be a mapping with authorities, points…");
        }
        Parsed p = new Parsed();
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("points")
                    && NETWORK.stream().noneMatch(k -> k.plural().equals(key))) {
                throw new Invalid(key, "unknown section " + key);
            }
        }
        for (Kind k : NETWORK) {
            int i = 0;
            for (JsonNode e : list(doc, k.plural(), k.plural())) {
                String path = k.plural() + "[" + i++ + "]";
                ObjectNode n = Canonical.fromInput(k, e, path, null);
                if (k == Kinds.ARTICLE && n.has("point")) {
                    throw new Invalid(path + ".point", "an article of one point goes under that point");
                }
                p.add(k, n, path);
            }
        }
        int i = 0;
        for (JsonNode e : list(doc, "points", "points")) {
            String path = "points[" + i++ + "]";
            if (!e.isObject()) {
                throw new Invalid(path, "expected a mapping");
            }
            ObjectNode own = ((ObjectNode) e).deepCopy();
            Map<Kind, JsonNode> children = new LinkedHashMap<>();
            for (Kind k : PER_POINT) {
                JsonNode c = own.remove(k.plural());
                if (c != null) {
                    children.put(k, c);
                }
            }
            ObjectNode point = Canonical.fromInput(Kinds.POINT, own, path, null);
            String pid = point.get("id").asText();
            p.add(Kinds.POINT, point, path);
            Set<Kind> complete = p.complete.computeIfAbsent(pid, x -> new LinkedHashSet<>());
            for (Map.Entry<Kind, JsonNode> c : children.entrySet()) {
                Kind k = c.getKey();
                complete.add(k);
                int j = 0;
                for (JsonNode ce : list(c.getValue(), null, path + "." + k.plural())) {
                    String cpath = path + "." + k.plural() + "[" + j++ + "]";
                    p.add(k, Canonical.fromInput(k, ce, cpath, pid), cpath);
                }
            }
        }
        return p;
    }

    private static JsonNode list(JsonNode parent, String key, String path) {
        JsonNode v = key == null ? parent : parent.get(key);
        if (v == null || v.isNull()) {
            return Canonical.F.arrayNode();
        }
        if (!v.isArray()) {
            throw new Invalid(path, "expected a list");
        }
        return v;
    }

    /** The file for the whole network, or for one point (then without the network lists). */
    static ObjectNode export(ConfigRepository.State s, String onlyPoint) {
        ObjectNode doc = Canonical.F.objectNode();
        if (onlyPoint == null) {
            for (Kind k : NETWORK) {
                ArrayNode a = doc.putArray(k.plural());
                for (ObjectNode n : s.of(k).values()) {
                    if (k != Kinds.ARTICLE || !n.has("point")) {
                        a.add(withoutVersion(n));
                    }
                }
            }
        }
        ArrayNode points = doc.putArray("points");
        for (ObjectNode pt : s.of(Kinds.POINT).values()) {
            String pid = pt.get("id").asText();
            if (onlyPoint != null && !onlyPoint.equals(pid)) {
                continue;
            }
            ObjectNode out = withoutVersion(pt);
            for (Kind k : PER_POINT) {
                ArrayNode a = Canonical.F.arrayNode();
                for (ObjectNode n : s.of(k).values()) {
                    if (pid.equals(n.path("point").asText(null))) {
                        ObjectNode c = withoutVersion(n);
                        c.remove("point");
                        a.add(c);
                    }
                }
                if (!a.isEmpty()) {
                    out.set(k.plural(), a);
                }
            }
            points.add(out);
        }
        return doc;
    }

    static ObjectNode withoutVersion(ObjectNode n) {
        ObjectNode c = n.deepCopy();
        c.remove("version");
        return c;
    }
}
