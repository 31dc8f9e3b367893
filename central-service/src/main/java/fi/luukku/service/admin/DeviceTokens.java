package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.InstanceMessages;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Device credentials of a point (kiosk, feedback terminal, display): created by a supervisor or an administrator,
 * shown once, stored only as a hash; revoking or rotating one ends the old token at once (the listener clears the
 * service's token cache and closes the device's event streams).
 */
public final class DeviceTokens {
    private static final Set<String> ROLES = Set.of("KIOSK", "FEEDBACK_TERMINAL", "DISPLAY");

    private final Database db;
    private final Clock clock;
    private final AuditLog audit = new AuditLog();
    private final Consumer<String> revoked;

    public DeviceTokens(Database db, Clock clock) {
        this(db, clock, hash -> {});
    }

    /**
     * @param revoked told the token hash of each credential revoked or rotated away, after the change is committed
     *     (the service forgets it in its token cache and closes its event streams at once)
     */
    public DeviceTokens(Database db, Clock clock, Consumer<String> revoked) {
        this.db = db;
        this.clock = clock;
        this.revoked = revoked;
    }

    /** A new device of the point; the answer holds the token, which is never shown again. */
    public ObjectNode create(Principal who, String point, String role, String name) {
        allowed(who, point);
        if (role == null || !ROLES.contains(role)) {
            throw new Invalid("role", "role must be one of " + ROLES);
        }
        if (name == null || !Canonical.validId(name)) {
            throw new Invalid("name", "name is required: 1..64 letters, digits, '.', '_', ':' or '-'");
        }
        String token = Hashes.randomToken();
        String device = name + "@" + point;
        db.tx(sql -> {
            if (sql.longValue("SELECT COUNT(*) FROM points WHERE id = ?", point) == 0) {
                throw new Invalid("point", "unknown point " + point);
            }
            if (sql.longValue("SELECT COUNT(*) FROM devices WHERE name = ?", device) > 0) {
                throw new fi.luukku.service.error.Conflict("device-exists", "device " + device + " exists already");
            }
            sql.update(
                    "INSERT INTO devices (token_hash, role, point_id, name) VALUES (?,?,?,?)",
                    Hashes.sha256(token),
                    role,
                    point,
                    device);
            ObjectNode after = Canonical.F
                    .objectNode()
                    .put("name", device)
                    .put("role", role)
                    .put("point", point);
            audit.record(sql, clock.millis(), who.subject(), "create", "device", device, point, null, after);
            return null;
        });
        return Canonical.F
                .objectNode()
                .put("name", device)
                .put("role", role)
                .put("point", point)
                .put("token", token);
    }

    public List<ObjectNode> list(Principal who, String point) {
        allowed(who, point);
        return db.read(sql -> sql.list(
                "SELECT name, role, point_id FROM devices WHERE point_id = ? ORDER BY name",
                rs -> Canonical.F
                        .objectNode()
                        .put("name", rs.getString(1))
                        .put("role", rs.getString(2))
                        .put("point", rs.getString(3)),
                point));
    }

    public void revoke(Principal who, String point, String device) {
        allowed(who, point);
        String hash = db.tx(sql -> {
            String old = tokenHash(sql, point, device);
            sql.update("DELETE FROM devices WHERE point_id = ? AND name = ?", point, device);
            db.notifyInstances(sql, InstanceMessages.CREDENTIALS); // every instance forgets it at once
            audit.record(sql, clock.millis(), who.subject(), "delete", "device", device, point, null, null);
            return old;
        });
        revoked.accept(hash);
    }

    /**
     * A new token for an existing device (same name, role and point); the old one stops working at once, so the
     * device goes back to pairing unless it is given the new token. The answer holds the token, shown only here.
     */
    public ObjectNode rotate(Principal who, String point, String device) {
        allowed(who, point);
        String token = Hashes.randomToken();
        record Rotated(String oldHash, String role) {}
        Rotated r = db.tx(sql -> {
            String old = tokenHash(sql, point, device);
            String role = sql.one(
                            "SELECT role FROM devices WHERE point_id = ? AND name = ?",
                            rs -> rs.getString(1),
                            point,
                            device)
                    .orElseThrow();
            sql.update(
                    "UPDATE devices SET token_hash = ? WHERE point_id = ? AND name = ?",
                    Hashes.sha256(token),
                    point,
                    device);
            db.notifyInstances(sql, InstanceMessages.CREDENTIALS);
            audit.record(sql, clock.millis(), who.subject(), "rotate", "device", device, point, null, null);
            return new Rotated(old, role);
        });
        revoked.accept(r.oldHash());
        return Canonical.F
                .objectNode()
                .put("name", device)
                .put("role", r.role())
                .put("point", point)
                .put("token", token);
    }

    private static String tokenHash(fi.luukku.service.db.Sql sql, String point, String device)
            throws java.sql.SQLException {
        return sql.one(
                        "SELECT token_hash FROM devices WHERE point_id = ? AND name = ?",
                        rs -> rs.getString(1),
                        point,
                        device)
                .orElseThrow(() -> new NotFound("device", device));
    }

    private static void allowed(Principal who, String point) {
        if (who.role() != Role.ADMIN && (who.role() != Role.SUPERVISOR || !who.mayActAt(point))) {
            throw new Forbidden("devices are managed by the point's supervisor or an administrator");
        }
    }
}
