package fi.luukku.service;

import fi.luukku.core.config.ConfigException;
import fi.luukku.core.config.SettingsSchema;
import fi.luukku.core.domain.SpecialNeed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The typed configuration of the central service, loaded and validated once at start. Every key can come from
 * a properties file ({@code --config FILE}) and be overridden on the command line; {@link #SCHEMA} declares
 * them all, so an unknown key or a bad value stops the service with a message naming it.
 */
public final class ServiceConfig {
    private final Map<String, String> values;

    /** Every key the service reads, with its type, default and range. */
    public static final SettingsSchema SCHEMA = new SettingsSchema()
            .integer("port", 8080, 0, 65535, "HTTP port (0 = any free port)")
            .text("host", "0.0.0.0", "the address to listen on")
            .text("data", "data", "directory of the embedded H2 database")
            .text("db.url", "", "JDBC URL (PostgreSQL in production); empty = H2 under data")
            .text("db.user", "", "database user")
            .text("db.password", "", "database password")
            .text("db.schema", "", "database schema; empty = the default one")
            .integer("db.pool", 10, 1, 200, "connection pool size")
            .bool("demo", false, "seed the pilot points and demo credentials on an empty database")
            .text("publicUrl", "", "the service's public URL, for links in tickets")
            .integer("sse.heartbeatSeconds", 15, 1, 3600, "event-stream heartbeat interval")
            .integer("session.hours", 12, 1, 24 * 30, "how long a staff sign-in lasts")
            .integer("login.maxFailuresPerMinute", 5, 1, 1000, "failed sign-ins allowed per minute")
            .integer("queue.noShowAfterRecalls", 3, 0, 100, "recalls before a ticket is a no-show")
            .integer("queue.priorityCap", 2, 0, 1000, "priority tickets called in a row before a normal one")
            .add(
                    "queue.priorityNeeds",
                    "MOBILITY,SIGHT,SECURITY",
                    "special needs that give priority",
                    ServiceConfig::checkNeeds)
            .integer("queue.defaultServiceMinutes", 6, 1, 600, "assumed service time before there is history")
            .integer("appointment.earlyMinutes", 60, 0, 24 * 60, "how early an appointment may check in")
            .integer("appointment.lateMinutes", 15, 0, 24 * 60, "how late an appointment may check in")
            .bool("appointment.lateAsWalkIn", true, "a late appointment queues as a walk-in")
            .integer("http.maxBodyBytes", 65536, 1024, 10_000_000, "largest request body")
            .integer("http.maxThreads", 64, 8, 2000, "HTTP worker threads")
            .integer("events.retentionDays", 3, 1, 365, "how long events are kept for replay")
            .integer("retention.personalDays", 90, 1, 3650, "days before personal fields of tickets etc. are cleared")
            .integer("retention.incidentTextDays", 365, 1, 3650, "days before incident texts are cleared")
            .integer(
                    "retention.archiveAfterMonths.tickets",
                    24,
                    1,
                    240,
                    "months before tickets (with service events, referrals) are summarised and archived")
            .integer(
                    "retention.archiveAfterMonths.feedback",
                    24,
                    1,
                    240,
                    "months before feedback is summarised and archived")
            .integer(
                    "retention.archiveAfterMonths.helpRequests", 24, 1, 240, "months before help requests are archived")
            .integer("retention.archiveAfterMonths.incidents", 24, 1, 240, "months before incidents are archived")
            .integer("retention.archiveAfterMonths.appointments", 24, 1, 240, "months before appointments are archived")
            .integer("maintenance.intervalMinutes", 60, 1, 24 * 60, "how often the retention job runs")
            .integer(
                    "reports.bookingHorizonDays",
                    14,
                    1,
                    365,
                    "a bookable service counts as available on a day when a free time was offered within this many days")
            .add(
                    "reports.bookingHorizons",
                    "",
                    "horizons of particular points or services, e.g. point:mikkeli=7,service:kela-booking=21",
                    fi.luukku.service.report.BookingHorizons::check)
            .add("timeZone", "Europe/Helsinki", "the points' time zone", ServiceConfig::checkZone);

    private ServiceConfig(Map<String, String> values) {
        this.values = Map.copyOf(SCHEMA.load(values));
    }

    /** Defaults for everything; {@code overrides} win. An unknown key or a bad value stops with its name. */
    public static ServiceConfig of(Map<String, String> overrides) {
        return new ServiceConfig(overrides);
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
        return SCHEMA.defaults();
    }

    private static void checkZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a time zone: " + zone);
        }
    }

    private static void checkNeeds(String needs) {
        for (String need : needs.split(",")) {
            if (need.isBlank()) {
                continue;
            }
            try {
                SpecialNeed.valueOf(need.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown special need " + need.trim());
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
        try {
            return SettingsSchema.parseInt(get(key), min, max);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage(), e);
        }
    }

    public int intValue(String key) {
        return intValue(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public boolean bool(String key) {
        try {
            return SettingsSchema.parseBool(get(key));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage(), e);
        }
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

    /** The horizon N of the bookable-availability figure, by point or service (ADR 0028). */
    public fi.luukku.service.report.BookingHorizons bookingHorizons() {
        return fi.luukku.service.report.BookingHorizons.parse(
                intValue("reports.bookingHorizonDays"), get("reports.bookingHorizons"));
    }

    public ZoneId zone() {
        return ZoneId.of(get("timeZone"));
    }
}
