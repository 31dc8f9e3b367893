package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.luukku.service.error.Invalid;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one canonical shape of a configured thing, shared by the database side and the file/API side so that an
 * unchanged thing compares equal: fields in the kind's order, defaults (0, false, empty text and lists) left out,
 * numbers as int when they fit. Also the shape check of what a caller sent: unknown fields, wrong types and
 * malformed values are refused naming the path.
 */
final class Canonical {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Canonical() {}

    static JsonNode num(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Checks and normalises what a caller sent for one thing.
     *
     * @param path where the thing is in the caller's document ({@code points[0].queues[2]}), or "" for a body
     * @param impliedPoint the point the thing is nested under in a file, or null
     */
    static ObjectNode fromInput(Kind kind, JsonNode in, String path, String impliedPoint) {
        if (in == null || !in.isObject()) {
            throw new Invalid(at(path, null), "expected an object");
        }
        String id = in.path("id").isTextual() ? in.path("id").asText() : null;
        if (!validId(id)) {
            throw new Invalid(at(path, "id"), "id is required: 1..64 letters, digits, '.', '_', ':' or '-'");
        }
        ObjectNode out = F.objectNode();
        out.put("id", id);
        for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!name.equals("id")
                    && !name.equals("version")
                    && kind.field(name).isEmpty()) {
                throw new Invalid(at(path, name), "unknown field " + name + " for a " + kind.name());
            }
        }
        for (Field f : kind.fields()) {
            JsonNode v = in.get(f.name());
            if (f.name().equals("point") && impliedPoint != null) {
                if (v != null && !v.isNull() && !v.asText().equals(impliedPoint)) {
                    throw new Invalid(at(path, "point"), "is nested under point " + impliedPoint);
                }
                v = TextNode.valueOf(impliedPoint);
            }
            JsonNode c = value(f, v, at(path, f.name()));
            if (c == null) {
                if (f.required()) {
                    throw new Invalid(at(path, f.name()), f.name() + " is required");
                }
            } else {
                out.set(f.name(), c);
            }
        }
        return out;
    }

    static String at(String path, String field) {
        if (field == null) {
            return path.isEmpty() ? null : path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The canonical value, or null when absent or the default. */
    private static JsonNode value(Field f, JsonNode v, String where) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        switch (f.type()) {
            case TEXT, ENUM, DATE, TIME, REF -> {
                if (!v.isValueNode()) {
                    throw new Invalid(where, "expected a text");
                }
                String s = v.asText().strip();
                if (s.isEmpty()) {
                    return null;
                }
                checkText(where, s, f.max());
                switch (f.type()) {
                    case ENUM -> {
                        if (!f.allowed().contains(s)) {
                            throw new Invalid(where, "must be one of " + f.allowed());
                        }
                    }
                    case DATE -> {
                        try {
                            java.time.LocalDate.parse(s);
                        } catch (java.time.format.DateTimeParseException e) {
                            throw new Invalid(where, "not a date (YYYY-MM-DD): " + s);
                        }
                    }
                    case TIME -> {
                        if (!s.matches("([01]\\d|2[0-3]):[0-5]\\d|24:00")) {
                            throw new Invalid(where, "not a time (HH:MM): " + s);
                        }
                    }
                    case REF -> {
                        if (!validId(s)) {
                            throw new Invalid(where, "not a valid id: " + s);
                        }
                    }
                    default -> {}
                }
                return TextNode.valueOf(s);
            }
            case LOCALIZED -> {
                if (!v.isObject()) {
                    throw new Invalid(where, "expected fi, sv and en texts");
                }
                ObjectNode o = F.objectNode();
                boolean any = false;
                for (String lang : new String[] {"fi", "sv", "en"}) {
                    JsonNode t = v.get(lang);
                    String s = t == null || t.isNull() ? "" : t.asText().strip();
                    if (t != null && !t.isValueNode()) {
                        throw new Invalid(where + "." + lang, "expected a text");
                    }
                    if (s.isEmpty() && f.required()) {
                        throw new Invalid(where + "." + lang, "the " + lang + " text is required");
                    }
                    checkText(where + "." + lang, s, f.max());
                    any |= !s.isEmpty();
                    o.put(lang, s);
                }
                for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!k.equals("fi") && !k.equals("sv") && !k.equals("en")) {
                        throw new Invalid(where + "." + k, "only fi, sv and en texts");
                    }
                }
                return any ? o : null;
            }
            case INT, LONG -> {
                if (!v.isIntegralNumber()) {
                    throw new Invalid(where, "expected a whole number");
                }
                long n = v.asLong();
                if (n < f.min() || n > f.maxValue()) {
                    throw new Invalid(where, "must be " + f.min() + ".." + f.maxValue());
                }
                return n == 0 && !f.required() ? null : num(n);
            }
            case BOOL -> {
                if (!v.isBoolean()) {
                    throw new Invalid(where, "expected true or false");
                }
                return v.asBoolean() ? v : null;
            }
            case CSV, REF_LIST -> {
                if (!v.isArray()) {
                    throw new Invalid(where, "expected a list");
                }
                ArrayNode a = F.arrayNode();
                int i = 0;
                for (JsonNode e : v) {
                    String w = where + "[" + i++ + "]";
                    if (!e.isValueNode() || e.asText().isBlank()) {
                        throw new Invalid(w, "expected a text");
                    }
                    String s = e.asText().strip();
                    if (s.contains(",")) {
                        throw new Invalid(w, "must not contain a comma");
                    }
                    if (!f.allowed().isEmpty() && !f.allowed().contains(s)) {
                        throw new Invalid(w, "must be one of " + f.allowed());
                    }
                    if (f.type() == Field.Type.REF_LIST && !validId(s)) {
                        throw new Invalid(w, "not a valid id: " + s);
                    }
                    a.add(s);
                }
                StringBuilder joined = new StringBuilder();
                a.forEach(e -> joined.append(e.asText()).append(','));
                checkText(where, joined.toString(), f.max() + 1);
                return a.isEmpty() ? null : a;
            }
            case JOIN -> {
                return join(f, v, where);
            }
            default -> throw new IllegalStateException(f.type().name());
        }
    }

    private static JsonNode join(Field f, JsonNode v, String where) {
        if (!v.isArray()) {
            throw new Invalid(where, "expected a list");
        }
        ArrayNode a = F.arrayNode();
        int i = 0;
        for (JsonNode e : v) {
            String w = where + "[" + i++ + "]";
            if (f.name().equals("queues")) { // desk: {queue, priority}; the desk calls lower priority levels first
                JsonNode q = e.isObject() ? e.get("queue") : e;
                if (q == null || !q.isTextual() || !validId(q.asText())) {
                    throw new Invalid(w + ".queue", "a queue id is required");
                }
                JsonNode p = e.isObject() ? e.get("priority") : null;
                long prio = p == null || p.isNull() ? 1 : p.isIntegralNumber() ? p.asLong() : -1;
                if (prio < 1 || prio > 9) {
                    throw new Invalid(w + ".priority", "must be 1..9");
                }
                a.add(F.objectNode().put("queue", q.asText()).set("priority", num(prio)));
            } else {
                if (!e.isTextual() || !validId(e.asText())) {
                    throw new Invalid(w, "expected an id");
                }
                a.add(e.asText());
            }
        }
        return a.isEmpty() ? null : a;
    }

    private static void checkText(String where, String s, int max) {
        if (s.length() > max) {
            throw new Invalid(where, "is longer than " + max + " characters");
        }
        if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
            throw new Invalid(where, "contains control characters");
        }
    }
}
