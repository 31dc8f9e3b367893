package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of a managed kind as the service describes it: name, type (TEXT, LOCALIZED, INT, LONG, BOOL, ENUM,
 * DATE, TIME, REF, CSV, REF_LIST, JOIN), whether it is required, its limits, the kind it refers to and its choices.
 */
public record FieldSpec(
        String name,
        String type,
        boolean required,
        int maxLength,
        long min,
        long max,
        String ref,
        List<String> choices,
        boolean createOnly,
        boolean secret) {

    public static FieldSpec of(JsonNode n) {
        List<String> choices = new ArrayList<>();
        n.path("choices").forEach(c -> choices.add(c.asText()));
        return new FieldSpec(
                n.path("name").asText(),
                n.path("type").asText("TEXT"),
                n.path("required").asBoolean(false),
                n.path("maxLength").asInt(0),
                n.path("min").asLong(Long.MIN_VALUE),
                n.path("max").asLong(Long.MAX_VALUE),
                n.hasNonNull("ref") ? n.get("ref").asText() : null,
                List.copyOf(choices),
                n.path("createOnly").asBoolean(false),
                n.path("secret").asBoolean(false));
    }

    public boolean localized() {
        return type.equals("LOCALIZED");
    }

    /** Lists edited as comma-separated ids or values. */
    public boolean list() {
        return type.equals("CSV") || type.equals("REF_LIST") || type.equals("JOIN");
    }

    public boolean numeric() {
        return type.equals("INT") || type.equals("LONG");
    }
}
