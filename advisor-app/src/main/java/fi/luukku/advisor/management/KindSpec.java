package fi.luukku.advisor.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A managed kind as the service describes it ({@code /api/v1/admin/kinds/fields}): its API path, the field that
 * holds its id, whether it belongs to a point, and its fields in order.
 */
public record KindSpec(String name, String path, String idField, boolean pointScoped, List<FieldSpec> fields) {

    public static KindSpec of(JsonNode n) {
        List<FieldSpec> fields = new ArrayList<>();
        n.path("fields").forEach(f -> fields.add(FieldSpec.of(f)));
        return new KindSpec(
                n.path("name").asText(),
                n.path("path").asText(),
                n.path("idField").asText("id"),
                n.path("pointScoped").asBoolean(false),
                List.copyOf(fields));
    }

    public boolean isStaff() {
        return path.equals("staff");
    }
}
