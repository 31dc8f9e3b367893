package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.error.Unauthenticated;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pairing a device without copying tokens: a device started without a token asks for a short code, shows it on
 * its screen and polls with the secret it got; a supervisor (or admin) approves the code choosing point, role
 * and name; the device's next poll collects its own new token, once. Pending requests are kept in the database
 * for ten minutes, so with several service instances the device may ask, be approved and poll on any of them.
 * No token is ever stored: the token made at approval is dropped, and the collecting poll gives the device a
 * fresh one (only its hash goes into {@code devices}).
 */
public final class DevicePairing {
    private static final long TTL_MILLIS = 10 * 60_000L;
    private static final int MAX_PENDING = 1000;
    private static final Set<String> ROLES = Set.of("KIOSK", "FEEDBACK_TERMINAL", "DISPLAY");

    private final Database db;
    private final DeviceTokens devices;
    private final Clock clock;

    public DevicePairing(Database db, DeviceTokens devices, Clock clock) {
        this.db = db;
        this.devices = devices;
        this.clock = clock;
    }

    /** A device asks for a code: the answer has the code to show and the secret to poll with. */
    public ObjectNode request(String description) {
        expire();
        String desc = description == null ? "" : description.strip();
        if (desc.length() > 100 || desc.chars().anyMatch(c -> c < 0x20)) {
            throw new Invalid("description", "at most 100 printable characters");
        }
        if (db.read(sql -> sql.longValue("SELECT COUNT(*) FROM pairing_codes")) >= MAX_PENDING) {
            throw new fi.luukku.service.error.Conflict("pairing-busy", "too many pending pairings; try again soon");
        }
        String secret = Hashes.randomToken();
        for (int attempt = 0; ; attempt++) {
            String code = Hashes.shortCode(6).toUpperCase(Locale.ROOT);
            boolean stored = db.tx(sql -> {
                if (sql.one("SELECT 1 FROM pairing_codes WHERE code = ?", rs -> 1, code)
                        .isPresent()) {
                    return false;
                }
                sql.update(
                        "INSERT INTO pairing_codes (code, secret_hash, description, created_at) VALUES (?,?,?,?)",
                        code,
                        Hashes.sha256(secret),
                        desc,
                        clock.millis());
                return true;
            });
            if (stored) {
                return Canonical.F
                        .objectNode()
                        .put("code", code)
                        .put("secret", secret)
                        .put("expiresInSeconds", TTL_MILLIS / 1000);
            }
            if (attempt > 20) {
                throw new fi.luukku.service.error.Conflict("pairing-busy", "no free pairing code; try again soon");
            }
        }
    }

    /** The device polls: empty while waiting, its credential once approved (then the code is gone). */
    public Optional<ObjectNode> poll(String code, String secret) {
        expire();
        String c = norm(code);
        String hash = secret == null ? "" : Hashes.sha256(secret);
        return db.tx(sql -> {
            record Row(String name, String role, String point) {}
            Optional<Row> row = sql.one(
                    "SELECT device_name, device_role, device_point FROM pairing_codes WHERE code = ? AND secret_hash = ?",
                    rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)),
                    c,
                    hash);
            if (row.isEmpty() || secret == null) {
                throw new Unauthenticated("unknown or expired pairing code; ask for a new one");
            }
            if (row.get().name() == null) {
                return Optional.<ObjectNode>empty();
            }
            // collected once: a concurrent poll elsewhere deletes nothing and gets nothing
            if (sql.update("DELETE FROM pairing_codes WHERE code = ? AND secret_hash = ?", c, hash) != 1) {
                throw new Unauthenticated("unknown or expired pairing code; ask for a new one");
            }
            ObjectNode credential = Canonical.F
                    .objectNode()
                    .put("name", row.get().name())
                    .put("role", row.get().role())
                    .put("point", row.get().point());
            String token = Hashes.randomToken();
            if (sql.update(
                            "UPDATE devices SET token_hash = ? WHERE name = ? AND point_id = ?",
                            Hashes.sha256(token),
                            credential.path("name").asText(),
                            credential.path("point").asText())
                    != 1) {
                throw new Unauthenticated("the paired device was removed meanwhile; ask for a new code");
            }
            return Optional.of(credential.put("token", token));
        });
    }

    /** Pending codes with what each device said about itself (for the management workspace). */
    public List<ObjectNode> list() {
        expire();
        return db.read(sql -> sql.list(
                "SELECT code, description, created_at FROM pairing_codes WHERE approved_at IS NULL ORDER BY created_at",
                rs -> Canonical.F
                        .objectNode()
                        .put("code", rs.getString(1))
                        .put("description", rs.getString(2))
                        .put("requestedAt", rs.getLong(3))));
    }

    /** A supervisor or admin approves a code: the device gets a new credential of the point and role. */
    public ObjectNode approve(Principal who, String code, String point, String role, String name) {
        expire();
        String c = norm(code);
        Optional<String> secretHash = db.read(sql -> sql.one(
                "SELECT secret_hash FROM pairing_codes WHERE code = ? AND approved_at IS NULL",
                rs -> rs.getString(1),
                c));
        if (secretHash.isEmpty()) {
            throw new NotFound("pairing code", c);
        }
        if (role == null || !ROLES.contains(role)) {
            throw new Invalid("role", "role must be one of " + ROLES);
        }
        ObjectNode credential = devices.create(who, point, role, name);
        ObjectNode shown = credential.deepCopy();
        shown.remove("token");
        int approved = db.tx(sql -> sql.update(
                "UPDATE pairing_codes SET approved_at = ?, device_name = ?, device_role = ?, device_point = ?"
                        + " WHERE code = ? AND approved_at IS NULL",
                clock.millis(),
                shown.path("name").asText(),
                shown.path("role").asText(),
                shown.path("point").asText(),
                c));
        if (approved != 1) {
            devices.revoke(who, point, credential.path("name").asText());
            throw new NotFound("pairing code", c);
        }
        return shown;
    }

    private static String norm(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private void expire() {
        long before = clock.millis() - TTL_MILLIS;
        db.tx(sql -> sql.update("DELETE FROM pairing_codes WHERE created_at < ?", before));
    }
}
