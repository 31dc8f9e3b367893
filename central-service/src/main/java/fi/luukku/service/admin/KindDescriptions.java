package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Describes every managed kind for clients that build their forms from it (the management workspace): path, id
 * field, who may change it, and each field's name, type, whether it is required, its limits, the kind it refers
 * to and its choices. Staff accounts are described alongside, though their routes are their own.
 */
public final class KindDescriptions {
    private KindDescriptions() {}

    public static List<ObjectNode> all() {
        List<ObjectNode> out = new java.util.ArrayList<>();
        for (Kind k : Kinds.ALL) {
            ObjectNode n = Canonical.F.objectNode();
            n.put("name", k.name());
            n.put("path", k.plural());
            n.put("idField", "id");
            n.put("pointScoped", k.pointScoped());
            n.put("supervised", k.supervised());
            ArrayNode fields = n.putArray("fields");
            for (Field f : k.fields()) {
                fields.add(describe(f));
            }
            out.add(n);
        }
        out.add(staff());
        return out;
    }

    private static ObjectNode describe(Field f) {
        ObjectNode d = Canonical.F.objectNode();
        d.put("name", f.name());
        d.put("type", f.type().name());
        d.put("required", f.required());
        if (f.max() > 0) {
            d.put("maxLength", f.max());
        }
        if (f.type() == Field.Type.INT || f.type() == Field.Type.LONG) {
            d.put("min", f.min());
            d.put("max", f.maxValue());
        }
        if (f.ref() != null) {
            d.put("ref", Kinds.byName(f.ref()).plural());
        }
        if (f.type() == Field.Type.JOIN) {
            // a join lists things of another kind: the point's authorities, the desk's queues
            d.put("ref", f.name());
        }
        ArrayNode choices = d.putArray("choices");
        f.allowed().forEach(choices::add);
        return d;
    }

    private static ObjectNode staff() {
        ObjectNode n = Canonical.F.objectNode();
        n.put("name", "staff");
        n.put("path", "staff");
        n.put("idField", "username");
        n.put("pointScoped", true);
        n.put("supervised", true);
        ArrayNode fields = n.putArray("fields");
        fields.add(describe(Field.text("displayName", "display_name", true, 200)));
        fields.add(
                describe(Field.choice("role", "role", List.of("ADVISOR", "AUTHORITY_EXPERT", "SUPERVISOR", "ADMIN"))));
        fields.add(describe(Field.ref("point", "point_id", "point", false)));
        fields.add(describe(Field.ref("authority", "authority_id", "authority", false)));
        fields.add(describe(Field.bool("disabled", "disabled")));
        ObjectNode password = describe(Field.text("password", null, false, 200));
        password.put("createOnly", true);
        password.put("secret", true);
        fields.add(password);
        return n;
    }
}
