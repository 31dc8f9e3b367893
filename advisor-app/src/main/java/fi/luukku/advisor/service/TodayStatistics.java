package fi.luukku.advisor.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** Today's figures of a point as the service reports them: a name (such as {@code finished}) and a number. */
public record TodayStatistics(Map<String, Number> figures) {
    public TodayStatistics {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** Keeps the numbers of a JSON object, flattening nested objects to {@code outer.inner} names. */
    public static TodayStatistics fromJson(Map<String, Object> json) {
        Map<String, Number> out = new LinkedHashMap<>();
        flatten("", json, out);
        return new TodayStatistics(out);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> json, Map<String, Number> out) {
        for (Map.Entry<String, Object> e : json.entrySet()) {
            String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue() instanceof Number n) {
                out.put(name, n);
            } else if (e.getValue() instanceof Map<?, ?> m) {
                flatten(name, (Map<String, Object>) m, out);
            }
        }
    }
}
