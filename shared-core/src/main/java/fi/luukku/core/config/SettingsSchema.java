package fi.luukku.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The one typed loader for properties (a {@code --config} file, {@code --set key=value}, a test's map): every key
 * is declared with its type, default and range; {@link #load} refuses an unknown key naming the nearest declared
 * one, and a bad value naming its key, so a typo never starts a program that silently ignores it.
 */
public final class SettingsSchema {
    /** One declared key: its default, a one-line description, and the check its value must pass. */
    public record Key(String name, String defaultValue, String description, Consumer<String> check) {}

    private final Map<String, Key> keys = new LinkedHashMap<>();

    public SettingsSchema text(String name, String defaultValue, String description) {
        return add(name, defaultValue, description, v -> {});
    }

    public SettingsSchema integer(String name, int defaultValue, int min, int max, String description) {
        return add(name, Integer.toString(defaultValue), description, v -> parseInt(v, min, max));
    }

    public SettingsSchema bool(String name, boolean defaultValue, String description) {
        return add(name, Boolean.toString(defaultValue), description, SettingsSchema::parseBool);
    }

    /** A key whose value {@code check} validates, throwing {@link IllegalArgumentException} with the problem. */
    public SettingsSchema add(String name, String defaultValue, String description, Consumer<String> check) {
        if (keys.putIfAbsent(name, new Key(name, defaultValue, description, check)) != null) {
            throw new IllegalArgumentException("setting declared twice: " + name);
        }
        return this;
    }

    public Map<String, Key> keys() {
        return Collections.unmodifiableMap(keys);
    }

    public Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        keys.values().forEach(k -> d.put(k.name(), k.defaultValue()));
        return d;
    }

    /** Defaults overlaid with {@code values} (trimmed), every key known and every value valid. */
    public Map<String, String> load(Map<String, String> values) {
        Map<String, String> out = defaults();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = e.getKey().trim();
            if (!keys.containsKey(name)) {
                throw new ConfigException("unknown setting " + name
                        + Nearest.to(name, keys.keySet())
                                .map(n -> "; did you mean " + n + "?")
                                .orElse(""));
            }
            out.put(name, e.getValue() == null ? "" : e.getValue().trim());
        }
        for (Key k : keys.values()) {
            try {
                k.check().accept(out.get(k.name()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(k.name() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Reads a properties file (UTF-8) for {@link #load}; {@code option} names where the path came from. */
    public static Map<String, String> read(Path file, String option) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException(option + ": cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }

    /** Every key with its default and description, for {@code --help}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Key k : keys.values()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-30s %s (default: %s)%n",
                    k.name(),
                    k.description(),
                    k.defaultValue().isEmpty() ? "empty" : k.defaultValue()));
        }
        return b.toString();
    }

    public static int parseInt(String v, int min, int max) {
        int i;
        try {
            i = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + v);
        }
        if (i < min || i > max) {
            throw new IllegalArgumentException("must be " + min + ".." + max + ", was " + v);
        }
        return i;
    }

    public static boolean parseBool(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException("must be true or false, was " + v);
        }
        return Boolean.parseBoolean(s);
    }
}
