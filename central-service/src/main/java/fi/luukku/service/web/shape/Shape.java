package fi.luukku.service.web.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The shape of one request type, declared once: required fields, lengths, id formats, ranges and allowed values.
 * The same declaration checks a parsed body (each failure a 400 naming the field, before any service code runs)
 * and writes the constraints into the type's schema in {@code /openapi.json}, so the two cannot disagree. Rules
 * that need state (a queue exists, a status allows the command) are not shape; the application keeps them.
 *
 * @param <T> the request record
 */
public final class Shape<T> {
    private final Class<T> type;
    private final List<Rule<T>> rules = new ArrayList<>();

    /** One rule: a check, and what it says in the schema. */
    private record Rule<T>(Consumer<T> check, Consumer<ObjectNode> document) {}

    private Shape(Class<T> type) {
        this.type = type;
    }

    public static <T> Shape<T> of(Class<T> type) {
        return new Shape<>(type);
    }

    public Class<T> type() {
        return type;
    }

    /** An optional text of at most {@code maxLen} characters without control characters. */
    public Shape<T> text(String field, Function<T, String> get, int maxLen) {
        return add(v -> Fields.optional(field, get.apply(v), maxLen), s -> prop(s, field)
                .put("maxLength", maxLen));
    }

    /** A text that must be sent, not blank, at most {@code maxLen} characters. */
    public Shape<T> requiredText(String field, Function<T, String> get, int maxLen) {
        return add(v -> Fields.required(field, get.apply(v), maxLen), s -> {
            prop(s, field).put("maxLength", maxLen).put("minLength", 1);
            required(s, field);
        });
    }

    /** An id that must be sent. */
    public Shape<T> id(String field, Function<T, String> get) {
        return id(field, field, get);
    }

    /** An id that must be sent, reported under another name than its property (kept for old clients). */
    public Shape<T> id(String field, String reported, Function<T, String> get) {
        return add(v -> Fields.id(reported, get.apply(v)), s -> {
            idFormat(prop(s, field));
            required(s, field);
        });
    }

    /** An id that may be left out. */
    public Shape<T> optionalId(String field, Function<T, String> get) {
        return add(v -> Fields.optionalId(field, get.apply(v)), s -> idFormat(prop(s, field)));
    }

    /** A list of at most {@code maxItems} ids. */
    public Shape<T> idList(String field, Function<T, List<String>> get, int maxItems) {
        return add(
                v -> {
                    List<String> l = get.apply(v);
                    Fields.list(field, l, maxItems);
                    if (l != null) {
                        l.forEach(id -> Fields.id(field, id));
                    }
                },
                s -> {
                    ObjectNode p = prop(s, field).put("maxItems", maxItems);
                    if (p.get("items") instanceof ObjectNode items) {
                        idFormat(items);
                    }
                });
    }

    /** A citizen language code (fi, sv, en, ru, et, uk, so, ar; any case). */
    public Shape<T> language(String field, Function<T, String> get, boolean required) {
        return add(v -> Fields.language(field, get.apply(v), required), s -> {
            enumOf(prop(s, field), Fields.LANGUAGES);
            if (required) {
                required(s, field);
            }
        });
    }

    /** The name of one constant of {@code values} (any case; '-' for '_'). */
    public <E extends Enum<E>> Shape<T> oneOf(
            String field, Function<T, String> get, Class<E> values, boolean required) {
        return add(v -> Fields.enumValue(field, get.apply(v), values, required), s -> {
            enumOf(prop(s, field), names(values));
            if (required) {
                required(s, field);
            }
        });
    }

    /** A list of at most as many names of {@code values} as there are constants. */
    public <E extends Enum<E>> Shape<T> someOf(String field, Function<T, List<String>> get, Class<E> values) {
        int max = values.getEnumConstants().length;
        return add(
                v -> {
                    List<String> l = get.apply(v);
                    Fields.list(field, l, max);
                    if (l != null) {
                        l.forEach(x -> Fields.enumValue(field, x, values, true));
                    }
                },
                s -> {
                    ObjectNode p = prop(s, field).put("maxItems", max);
                    if (p.get("items") instanceof ObjectNode items) {
                        enumOf(items, names(values));
                    }
                });
    }

    /** A whole number in {@code min..max}. */
    public Shape<T> range(String field, Function<T, Integer> get, int min, int max, boolean required) {
        return add(v -> Fields.range(field, get.apply(v), min, max, required), s -> {
            prop(s, field).put("minimum", min).put("maximum", max);
            if (required) {
                required(s, field);
            }
        });
    }

    /** A value that must be sent (any value of its type). */
    public Shape<T> present(String field, Function<T, ?> get) {
        return add(
                v -> {
                    if (get.apply(v) == null) {
                        throw new fi.luukku.service.error.Invalid(field, field + " is required");
                    }
                },
                s -> required(s, field));
    }

    /** A list of at most {@code maxItems} elements, each of the element's own shape. */
    public <E> Shape<T> each(String field, Function<T, List<E>> get, int maxItems, Shape<E> element) {
        return add(
                v -> {
                    List<E> l = get.apply(v);
                    Fields.list(field, l, maxItems);
                    if (l != null) {
                        l.forEach(element::check);
                    }
                },
                s -> prop(s, field).put("maxItems", maxItems));
    }

    /** A rule across fields (one field's meaning depends on another): checked, not in the schema. */
    public Shape<T> rule(Consumer<T> check) {
        return add(check, s -> {});
    }

    /** Checks a parsed request; the first rule broken throws {@link fi.luukku.service.error.Invalid}. */
    public void check(T value) {
        for (Rule<T> r : rules) {
            r.check().accept(value);
        }
    }

    /** Writes the declared constraints into the type's object schema ({@code properties}, {@code required}). */
    public void document(ObjectNode schema) {
        for (Rule<T> r : rules) {
            r.document().accept(schema);
        }
    }

    private Shape<T> add(Consumer<T> check, Consumer<ObjectNode> document) {
        rules.add(new Rule<>(check, document));
        return this;
    }

    private static ObjectNode prop(ObjectNode schema, String field) {
        JsonNode props = schema.get("properties");
        if (props instanceof ObjectNode p && p.get(field) instanceof ObjectNode property) {
            return property;
        }
        throw new IllegalStateException("no property " + field + " in the schema " + schema);
    }

    private static void required(ObjectNode schema, String field) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode old = schema.get("required");
        if (old != null) {
            old.forEach(n -> names.add(n.asText()));
        }
        names.add(field);
        ArrayNode req = schema.putArray("required");
        names.forEach(req::add);
    }

    private static void idFormat(ObjectNode p) {
        p.put("pattern", "^" + Fields.ID_PATTERN + "$").put("maxLength", 64);
    }

    private static void enumOf(ObjectNode p, List<String> values) {
        ArrayNode e = p.putArray("enum");
        values.forEach(e::add);
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Shapes by request type, for the body reader and the API document. */
    public static Map<Class<?>, Shape<?>> byType(List<Shape<?>> shapes) {
        Map<Class<?>, Shape<?>> m = new java.util.HashMap<>();
        for (Shape<?> s : shapes) {
            if (m.put(s.type(), s) != null) {
                throw new IllegalStateException("two shapes for " + s.type());
            }
        }
        return Map.copyOf(m);
    }
}
