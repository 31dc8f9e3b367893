package fi.luukku.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in several languages, serialised as {@code {"fi":"…","sv":"…","en":"…"}}. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    @JsonCreator
    public static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(values);
    }

    public static LocalizedText of(String fi, String sv, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fi", fi);
        m.put("sv", sv);
        m.put("en", en);
        return new LocalizedText(m);
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    /** The text in the given language, falling back to Finnish, then English, then anything. */
    public String in(String language) {
        String v = values.get(language);
        if (v == null || v.isBlank()) {
            v = values.getOrDefault("fi", values.get("en"));
        }
        if (v == null) {
            v = values.values().stream().findFirst().orElse("");
        }
        return v;
    }
}
