package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.error.Invalid;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules across things, checked on the whole state a change would leave (so a file is valid or not as a
 * whole): references exist (and belong to the same point), queue prefixes are unique per point, desks serve
 * queues, opening hours end after they start, price and fee periods do not overlap.
 */
final class ConfigValidator {
    private ConfigValidator() {}

    /**
     * @param where the path of a thing in the caller's input (kind name + id → path); things not in the input are
     *     named by kind and id
     */
    static void validate(ConfigRepository.State s, Function<String, String> where) {
        for (Kind k : Kinds.ALL) {
            for (ObjectNode n : s.of(k).values()) {
                String path = where.apply(k.name() + "/" + n.get("id").asText());
                for (Field f : k.fields()) {
                    JsonNode v = n.get(f.name());
                    if (v == null) {
                        continue;
                    }
                    if (f.type() == Field.Type.REF) {
                        ref(s, n, f.ref(), v.asText(), Canonical.at(path, f.name()), k.pointScoped());
                    } else if (f.type() == Field.Type.REF_LIST) {
                        int i = 0;
                        for (JsonNode e : v) {
                            ref(s, n, f.ref(), e.asText(), Canonical.at(path, f.name()) + "[" + i++ + "]", true);
                        }
                    }
                }
                rules(s, k, n, path);
            }
        }
        prefixes(s, where);
        periods(
                s,
                Kinds.UNIT_PRICE,
                n -> n.path("authority").asText() + "/" + n.path("eventType").asText(),
                where);
        periods(s, Kinds.POINT_FEE, n -> n.path("point").asText(), where);
    }

    private static void ref(
            ConfigRepository.State s, ObjectNode owner, String kind, String id, String path, boolean samePoint) {
        Kind target = Kinds.byName(kind);
        ObjectNode t = s.of(target).get(id);
        if (t == null) {
            throw new Invalid(path, "unknown " + kind + " " + id);
        }
        String point = owner.path("point").asText(null);
        if (samePoint
                && point != null
                && target.pointScoped()
                && t.has("point")
                && !t.path("point").asText().equals(point)) {
            throw new Invalid(path, kind + " " + id + " belongs to another point");
        }
        if (target == Kinds.AUTHORITY && point != null) {
            ObjectNode p = s.of(Kinds.POINT).get(point);
            boolean served = p != null && contains(p.path("authorities"), id);
            if (!served) {
                throw new Invalid(path, "authority " + id + " does not serve at point " + point);
            }
        }
    }

    private static boolean contains(JsonNode array, String id) {
        for (JsonNode e : array) {
            if (e.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void rules(ConfigRepository.State s, Kind k, ObjectNode n, String path) {
        if (k == Kinds.POINT) {
            try {
                ZoneId.of(n.path("timeZone").asText());
            } catch (DateTimeException e) {
                throw new Invalid(
                        Canonical.at(path, "timeZone"),
                        "not a time zone: " + n.path("timeZone").asText());
            }
            int i = 0;
            Set<String> seen = new HashSet<>();
            for (JsonNode a : n.path("authorities")) {
                String p = Canonical.at(path, "authorities") + "[" + i++ + "]";
                if (!s.of(Kinds.AUTHORITY).containsKey(a.asText())) {
                    throw new Invalid(p, "unknown authority " + a.asText());
                }
                if (!seen.add(a.asText())) {
                    throw new Invalid(p, "authority " + a.asText() + " is listed twice");
                }
            }
        }
        if (k == Kinds.QUEUE && !n.path("prefix").asText().matches("[A-ZÅÄÖ]{1,2}")) {
            throw new Invalid(Canonical.at(path, "prefix"), "a prefix is one or two capital letters");
        }
        if (k == Kinds.SERVICE) {
            ObjectNode q = s.of(Kinds.QUEUE).get(n.path("queue").asText());
            if (q != null
                    && !q.path("authority").asText().equals(n.path("authority").asText())) {
                throw new Invalid(Canonical.at(path, "queue"), "the queue belongs to another authority");
            }
        }
        if (k == Kinds.DESK) {
            JsonNode qs = n.path("queues");
            if (qs.isEmpty()) {
                throw new Invalid(Canonical.at(path, "queues"), "a desk serves at least one queue");
            }
            Set<String> seen = new HashSet<>();
            int i = 0;
            for (JsonNode q : qs) {
                String p = Canonical.at(path, "queues") + "[" + i++ + "].queue";
                String id = q.path("queue").asText();
                ObjectNode queue = s.of(Kinds.QUEUE).get(id);
                if (queue == null) {
                    throw new Invalid(p, "unknown queue " + id);
                }
                if (!queue.path("point").asText().equals(n.path("point").asText())) {
                    throw new Invalid(p, "queue " + id + " belongs to another point");
                }
                if (!seen.add(id)) {
                    throw new Invalid(p, "queue " + id + " is listed twice");
                }
            }
        }
        if (k == Kinds.OPENING_HOURS) {
            boolean weekly = n.has("weekday");
            boolean dated = n.has("date");
            if (weekly == dated) {
                throw new Invalid(Canonical.at(path, "weekday"), "give either a weekday (1-7) or a date, not both");
            }
            boolean closed = n.path("closed").asBoolean(false);
            if (closed) {
                if (n.has("opens") || n.has("closes")) {
                    throw new Invalid(Canonical.at(path, "opens"), "a closed day has no opening times");
                }
            } else {
                if (!n.has("opens")) {
                    throw new Invalid(Canonical.at(path, "opens"), "opens is required unless closed");
                }
                if (!n.has("closes")) {
                    throw new Invalid(Canonical.at(path, "closes"), "closes is required unless closed");
                }
                if (n.path("closes").asText().compareTo(n.path("opens").asText()) <= 0) {
                    throw new Invalid(Canonical.at(path, "closes"), "closes must be after opens");
                }
            }
        }
        if ((k == Kinds.UNIT_PRICE || k == Kinds.POINT_FEE) && n.has("validTo")) {
            if (LocalDate.parse(n.path("validTo").asText())
                    .isBefore(LocalDate.parse(n.path("validFrom").asText()))) {
                throw new Invalid(Canonical.at(path, "validTo"), "validTo is before validFrom");
            }
        }
    }

    private static void prefixes(ConfigRepository.State s, Function<String, String> where) {
        Map<String, String> taken = new HashMap<>();
        for (ObjectNode q : s.of(Kinds.QUEUE).values()) {
            String key = q.path("point").asText() + "/" + q.path("prefix").asText();
            String other = taken.putIfAbsent(key, q.get("id").asText());
            if (other != null) {
                String id = q.get("id").asText();
                // name the one the caller sent, if only one of the two is theirs
                boolean mine = !where.apply("queue/" + id).startsWith("queue ");
                String blamed = mine ? id : other;
                throw new Invalid(
                        Canonical.at(where.apply("queue/" + blamed), "prefix"),
                        "prefix " + q.path("prefix").asText() + " is already used by queue " + (mine ? other : id)
                                + " at point " + q.path("point").asText());
            }
        }
    }

    private static void periods(
            ConfigRepository.State s, Kind k, Function<ObjectNode, String> group, Function<String, String> where) {
        Map<String, List<ObjectNode>> groups = new HashMap<>();
        for (ObjectNode n : s.of(k).values()) {
            groups.computeIfAbsent(group.apply(n), g -> new ArrayList<>()).add(n);
        }
        for (List<ObjectNode> list : groups.values()) {
            list.sort(Comparator.comparing(n -> n.path("validFrom").asText()));
            for (int i = 1; i < list.size(); i++) {
                ObjectNode prev = list.get(i - 1);
                ObjectNode cur = list.get(i);
                String prevEnd = prev.path("validTo").asText("9999-12-31");
                if (cur.path("validFrom").asText().compareTo(prevEnd) <= 0) {
                    throw new Invalid(
                            Canonical.at(
                                    where.apply(k.name() + "/" + cur.get("id").asText()), "validFrom"),
                            "the period overlaps " + k.name() + " "
                                    + prev.get("id").asText() + " ("
                                    + prev.path("validFrom").asText() + " – "
                                    + prev.path("validTo").asText("open")
                                    + ")");
                }
            }
        }
    }
}
