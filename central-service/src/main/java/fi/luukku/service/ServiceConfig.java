package fi.luukku.service;

import fi.luukku.core.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The typed configuration of the central service, loaded and validated once at start. Every key can come from
 * a properties file ({@code --config FILE}) and be overridden on the command line.
 */
public final class ServiceConfig {
    private final Map<String, String> values;

    private ServiceConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        validate();
    }

    /** Defaults for everything; {@code overrides} win. */
    public static ServiceConfig of(Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>(defaults());
        m.putAll(overrides);
        return new ServiceConfig(m);
    }

    public static ServiceConfig fromProperties(Properties p, Map<String, String> overrides) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k).trim());
        }
        m.putAll(overrides);
        return of(m);
    }

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("port", "8080");
        d.put("host", "0.0.0.0");
        d.put("data", "data");
        d.put("db.url", "");
        d.put("db.user", "");
        d.put("db.password", "");
        d.put("db.schema", "");
        d.put("db.pool", "10");
        d.put("demo", "false");
        d.put("publicUrl", "");
        d.put("sse.heartbeatSeconds", "15");
        d.put("session.hours", "12");
        d.put("login.maxFailuresPerMinute", "5");
        d.put("queue.noShowAfterRecalls", "3");
        d.put("queue.priorityCap", "2");
        d.put("queue.priorityNeeds", "MOBILITY,SIGHT,SECURITY");
        d.put("queue.defaultServiceMinutes", "6");
        d.put("appointment.earlyMinutes", "60");
        d.put("appointment.lateMinutes", "15");
        d.put("appointment.lateAsWalkIn", "true");
        d.put("http.maxBodyBytes", "65536");
        d.put("http.maxThreads", "64");
        d.put("events.retentionDays", "3");
        d.put("timeZone", "Europe/Helsinki");
        return d;
    }

    private void validate() {
        intValue("port", 0, 65535);
        intValue("db.pool", 1, 200);
        intValue("sse.heartbeatSeconds", 1, 3600);
        intValue("session.hours", 1, 24 * 30);
        intValue("login.maxFailuresPerMinute", 1, 1000);
        intValue("queue.noShowAfterRecalls", 0, 100);
        intValue("queue.priorityCap", 0, 1000);
        intValue("queue.defaultServiceMinutes", 1, 600);
        intValue("appointment.earlyMinutes", 0, 24 * 60);
        intValue("appointment.lateMinutes", 0, 24 * 60);
        intValue("http.maxBodyBytes", 1024, 10_000_000);
        intValue("http.maxThreads", 8, 2000);
        intValue("events.retentionDays", 1, 365);
        bool("demo");
        bool("appointment.lateAsWalkIn");
        try {
            java.time.ZoneId.of(get("timeZone"));
        } catch (RuntimeException e) {
            throw new ConfigException("timeZone: not a time zone: " + get("timeZone"));
        }
        for (String need : list("queue.priorityNeeds")) {
            try {
                fi.luukku.core.domain.SpecialNeed.valueOf(need);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("queue.priorityNeeds: unknown special need " + need);
            }
        }
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new ConfigException(key + ": missing");
        }
        return v;
    }

    public Map<String, String> all() {
        return values;
    }

    public int intValue(String key, int min, int max) {
        String v = get(key);
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw new ConfigException(key + ": must be " + min + ".." + max + ", was " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": not a number: " + v);
        }
    }

    public int intValue(String key) {
        return intValue(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public boolean bool(String key) {
        String v = get(key).trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ConfigException(key + ": must be true or false, was " + v);
        }
        return Boolean.parseBoolean(v);
    }

    public List<String> list(String key) {
        String v = get(key).trim();
        if (v.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public int port() {
        return intValue("port");
    }

    public String host() {
        return get("host");
    }

    public Path dataDir() {
        return Path.of(get("data"));
    }

    public boolean demo() {
        return bool("demo");
    }

    public String dbUrl() {
        String url = get("db.url");
        if (url.isBlank()) {
            Path dir = dataDir().toAbsolutePath();
            // durable commits (ADR 0015): WRITE_DELAY=0 writes each commit to the file before it returns;
            // retry: reopens the file channel when a thread is interrupted instead of closing the database
            return fi.luukku.core.durable.DurableFiles.h2Url(dir.resolve("luukku"))
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
                    + ";QUERY_CACHE_SIZE=64";
        }
        return url;
    }

    public boolean isPostgres() {
        return dbUrl().startsWith("jdbc:postgresql:");
    }

    public Duration heartbeat() {
        return Duration.ofSeconds(intValue("sse.heartbeatSeconds"));
    }

    public Duration sessionLength() {
        return Duration.ofHours(intValue("session.hours"));
    }

    public Set<String> priorityNeeds() {
        return Set.copyOf(list("queue.priorityNeeds"));
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(get("timeZone"));
    }
}
