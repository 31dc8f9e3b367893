package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The values of one thing being edited, as text per input ("slot": {@code name.fi}, {@code prefix}, {@code queues}
 * as comma-separated ids), turned into the JSON the service takes and back. Also holds the errors per field, both
 * those found here before sending (required, number, length) and those the service named in its problem+json.
 */
public final class ThingForm {
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final KindSpec kind;
    private final Map<String, StringProperty> slots = new LinkedHashMap<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Long version;

    public ThingForm(KindSpec kind) {
        this.kind = kind;
        slots.put(kind.idField(), new SimpleStringProperty(this, kind.idField(), ""));
        for (FieldSpec f : kind.fields()) {
            for (String s : slotNames(f)) {
                slots.put(s, new SimpleStringProperty(this, s, ""));
            }
        }
    }

    public static List<String> slotNames(FieldSpec f) {
        return f.localized() ? LANGUAGES.stream().map(l -> f.name() + "." + l).toList() : List.of(f.name());
    }

    public KindSpec kind() {
        return kind;
    }

    public StringProperty slot(String name) {
        StringProperty p = slots.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no input " + name + " for a " + kind.name());
        }
        return p;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Null while the thing is new (not yet saved). */
    public Long version() {
        return version;
    }

    public boolean isNew() {
        return version == null;
    }

    public String id() {
        return slot(kind.idField()).get().strip();
    }

    /** Empties every input: a new thing; {@code point} is filled in when the kind belongs to a point. */
    public void clear(String point) {
        slots.values().forEach(p -> p.set(""));
        version = null;
        errors.clear();
        if (point != null && slots.containsKey("point")) {
            slot("point").set(point);
        }
    }

    /** Shows a thing as the service sent it. */
    public void load(JsonNode n) {
        errors.clear();
        slot(kind.idField()).set(n.path(kind.idField()).asText(""));
        version = n.hasNonNull("version") ? n.get("version").asLong() : null;
        for (FieldSpec f : kind.fields()) {
            JsonNode v = n.get(f.name());
            if (f.localized()) {
                for (String l : LANGUAGES) {
                    slot(f.name() + "." + l).set(v == null ? "" : v.path(l).asText(""));
                }
            } else if (f.secret()) {
                slot(f.name()).set("");
            } else if (v == null || v.isNull()) {
                slot(f.name()).set("");
            } else if (v.isArray()) {
                StringBuilder b = new StringBuilder();
                for (JsonNode e : v) {
                    b.append(b.isEmpty() ? "" : ", ")
                            .append(e.isObject() ? e.path("queue").asText() : e.asText());
                }
                slot(f.name()).set(b.toString());
            } else {
                slot(f.name()).set(v.asText());
            }
        }
    }

    /** Checks what can be checked here; true when the form may be sent. Errors are set per field. */
    public boolean check(Map<String, String> messages) {
        errors.clear();
        if (id().isEmpty()) {
            errors.put(kind.idField(), messages.get("required"));
        }
        for (FieldSpec f : kind.fields()) {
            if (f.createOnly() && !isNew()) {
                continue;
            }
            boolean empty = slotNames(f).stream().allMatch(s -> slot(s).get().isBlank());
            boolean missing = f.localized()
                    ? slotNames(f).stream().anyMatch(s -> slot(s).get().isBlank())
                    : empty;
            if (f.required() && missing && !f.type().equals("BOOL")) {
                errors.put(f.name(), messages.get("required"));
            } else if (f.numeric() && !empty) {
                try {
                    long v = Long.parseLong(slot(f.name()).get().strip());
                    if (v < f.min() || v > f.max()) {
                        errors.put(f.name(), messages.get("range") + " " + f.min() + "…" + f.max());
                    }
                } catch (NumberFormatException e) {
                    errors.put(f.name(), messages.get("number"));
                }
            } else if (f.maxLength() > 0 && !f.list()) {
                for (String s : slotNames(f)) {
                    if (slot(s).get().length() > f.maxLength()) {
                        errors.put(f.name(), messages.get("tooLong") + " " + f.maxLength());
                    }
                }
            }
        }
        return errors.isEmpty();
    }

    /** The body to send: every filled field in the service's shape, with the version read when updating. */
    public ObjectNode toJson() {
        ObjectNode o = F.objectNode();
        if (!kind.isStaff()) {
            o.put(kind.idField(), id());
        }
        if (version != null) {
            o.put("version", version);
        }
        for (FieldSpec f : kind.fields()) {
            if (f.localized()) {
                ObjectNode t = F.objectNode();
                for (String l : LANGUAGES) {
                    String s = slot(f.name() + "." + l).get().strip();
                    if (!s.isEmpty()) {
                        t.put(l, s);
                    }
                }
                if (!t.isEmpty()) {
                    o.set(f.name(), t);
                }
                continue;
            }
            String s = slot(f.name()).get().strip();
            if (f.type().equals("BOOL")) {
                o.put(f.name(), Boolean.parseBoolean(s));
            } else if (s.isEmpty() || (f.createOnly() && !isNew())) {
                // absent: the service keeps its default
            } else if (f.numeric()) {
                try {
                    o.put(f.name(), Long.parseLong(s));
                } catch (NumberFormatException e) {
                    o.put(f.name(), s); // the service names the field
                }
            } else if (f.list()) {
                ArrayNode a = o.putArray(f.name());
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        a.add(part.strip());
                    }
                }
            } else {
                o.put(f.name(), s);
            }
        }
        return o;
    }

    /** Shows the service's complaint at the field it names ({@code name.fi}, {@code queues[0].queue} → field). */
    public void serviceError(String field, String detail) {
        String f = field == null ? "" : field.split("[.\\[]", 2)[0];
        if (f.isEmpty()
                || (!f.equals(kind.idField())
                        && kind.fields().stream().noneMatch(x -> x.name().equals(f)))) {
            return;
        }
        errors.put(f, detail);
    }

    /** Whether the service's field is one this form shows. */
    public boolean shows(String field) {
        String f = field == null ? "" : field.split("[.\\[]", 2)[0];
        return f.equals(kind.idField())
                || kind.fields().stream().anyMatch(x -> x.name().equals(f));
    }
}
