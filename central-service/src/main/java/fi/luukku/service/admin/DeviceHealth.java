package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.queue.QueueHours;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fleet health: each device's heartbeat (version, uptime, printer state, outbox backlog, last sync), the list a
 * supervisor sees, and {@code device.alert} on the point's stream when a printer reports a fault or a device has
 * been silent for more than two minutes.
 */
public final class DeviceHealth {
    private static final Logger log = LoggerFactory.getLogger(DeviceHealth.class);
    public static final long SILENT_AFTER_MILLIS = 120_000;
    static final Set<String> PRINTER = Set.of("OK", "PAPER_LOW", "PAPER_OUT", "COVER_OPEN", "OFFLINE", "NONE");
    static final Set<String> FAULTS = Set.of("PAPER_OUT", "COVER_OPEN", "OFFLINE");
    private static final Set<Role> DEVICES = Set.of(Role.KIOSK, Role.FEEDBACK_TERMINAL, Role.DISPLAY);

    private final Database db;
    private final Mutations mutations;
    private final Clock clock;
    private final java.time.ZoneId zone;

    /** @param zone the zone the points' opening hours are written in */
    public DeviceHealth(Database db, Mutations mutations, Clock clock, java.time.ZoneId zone) {
        this.db = db;
        this.mutations = mutations;
        this.clock = clock;
        this.zone = zone;
    }

    public void heartbeat(Principal device, String point, JsonNode b) {
        if (!DEVICES.contains(device.role())) {
            throw new Forbidden("only devices send heartbeats");
        }
        String version = text(b, "version", 50);
        long uptime = number(b, "uptimeSeconds", 0, 10L * 365 * 86_400);
        String printer = Optional.ofNullable(text(b, "printer", 20)).orElse("NONE");
        if (!PRINTER.contains(printer)) {
            throw new Invalid("printer", "printer must be one of " + PRINTER);
        }
        long backlog = number(b, "outboxBacklog", 0, 10_000_000);
        Long lastSync = b.hasNonNull("lastSyncAt") ? number(b, "lastSyncAt", 0, Long.MAX_VALUE) : null;
        long now = clock.millis();
        String previous = db.tx(sql -> {
            String before = sql.one(
                            "SELECT printer FROM device_health WHERE device = ?",
                            rs -> Optional.ofNullable(rs.getString(1)).orElse("NONE"),
                            device.subject())
                    .orElse(null);
            if (before == null) {
                sql.update(
                        "INSERT INTO device_health (device, point_id, role, app_version, uptime_seconds, printer,"
                                + " outbox_backlog, last_sync_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?)",
                        device.subject(),
                        point,
                        device.role().name(),
                        version,
                        uptime,
                        printer,
                        (int) backlog,
                        Sql.nullableLong(lastSync),
                        now);
            } else {
                sql.update(
                        "UPDATE device_health SET app_version = ?, uptime_seconds = ?, printer = ?, outbox_backlog = ?,"
                                + " last_sync_at = ?, last_seen_at = ?, silence_alerted = FALSE WHERE device = ?",
                        version,
                        uptime,
                        printer,
                        (int) backlog,
                        Sql.nullableLong(lastSync),
                        now,
                        device.subject());
            }
            return before == null ? "NONE" : before;
        });
        if (FAULTS.contains(printer) && !FAULTS.contains(previous)) {
            alert(point, device.subject(), "printer", printer);
        }
    }

    public List<ObjectNode> list(Principal who, String point) {
        if (who.role() != Role.ADMIN && (who.role() != Role.SUPERVISOR || !who.mayActAt(point))) {
            throw new Forbidden("fleet health is for the point's supervisor and administrators");
        }
        long now = clock.millis();
        return db.read(sql -> sql.list(
                "SELECT * FROM device_health WHERE point_id = ? ORDER BY device",
                rs -> {
                    ObjectNode n = Canonical.F.objectNode();
                    n.put("device", rs.getString("device"));
                    n.put("role", rs.getString("role"));
                    n.put("version", rs.getString("app_version"));
                    n.put("uptimeSeconds", rs.getLong("uptime_seconds"));
                    n.put("printer", rs.getString("printer"));
                    n.put("outboxBacklog", rs.getInt("outbox_backlog"));
                    Long sync = Sql.getLong(rs, "last_sync_at");
                    if (sync != null) {
                        n.put("lastSyncAt", sync);
                    }
                    long seen = rs.getLong("last_seen_at");
                    n.put("lastSeenAt", seen);
                    n.put("silent", now - seen > SILENT_AFTER_MILLIS);
                    n.put("fault", FAULTS.contains(rs.getString("printer")));
                    return n;
                },
                point));
    }

    /** Raises one alert per silence (a new heartbeat re-arms it); run every half minute. */
    public void checkSilence() {
        try {
            long limit = clock.millis() - SILENT_AFTER_MILLIS;
            record Silent(String device, String point) {}
            List<Silent> silent = db.read(sql -> sql.list(
                    "SELECT device, point_id FROM device_health WHERE last_seen_at < ? AND silence_alerted = FALSE",
                    rs -> new Silent(rs.getString(1), rs.getString(2)),
                    limit));
            long now = clock.millis();
            for (Silent s : silent) {
                // outside the point's opening hours a device may be switched off: no alert (and none stored, so
                // a device still silent when the point opens is reported then)
                if (!db.read(sql -> QueueHours.pointOpenAt(QueueHours.load(sql, s.point()), now, zone))) {
                    continue;
                }
                db.tx(sql ->
                        sql.update("UPDATE device_health SET silence_alerted = TRUE WHERE device = ?", s.device()));
                alert(s.point(), s.device(), "silent", "no heartbeat for over two minutes");
            }
        } catch (RuntimeException e) {
            log.warn("device silence check failed; will retry", e);
        }
    }

    private void alert(String point, String device, String kind, String state) {
        mutations.run(point, ctx -> {
            ctx.emit("device.alert", Map.of("device", device, "kind", kind, "state", state));
            return null;
        });
    }

    private static String text(JsonNode b, String field, int max) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().length() > max) {
            throw new Invalid(field, field + " must be a text of at most " + max + " characters");
        }
        return v.asText();
    }

    private static long number(JsonNode b, String field, long min, long max) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw new Invalid(field, field + " must be a whole number " + min + ".." + max);
        }
        return v.asLong();
    }
}
