package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.domain.Role;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.InstanceMessages;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.error.Unauthenticated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Staff accounts: create, change role and point, disable (their sessions end at once), reset the password (the
 * person must choose a new one at the next sign-in). Audited like every other change; passwords never are.
 */
public final class StaffAccounts {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final Set<String> ROLES = Set.of("ADVISOR", "AUTHORITY_EXPERT", "SUPERVISOR", "ADMIN");

    private final Database db;
    private final Clock clock;
    private final AuditLog audit = new AuditLog();

    public StaffAccounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private static ObjectNode row(ResultSet rs) throws SQLException {
        ObjectNode n = Canonical.F.objectNode();
        n.put("username", rs.getString("username"));
        n.put("displayName", rs.getString("display_name"));
        n.put("role", rs.getString("role"));
        n.put("point", rs.getString("point_id"));
        n.put("authority", rs.getString("authority_id"));
        n.put("disabled", rs.getBoolean("disabled"));
        n.put("mustChangePassword", rs.getBoolean("must_change_password"));
        n.put("version", rs.getLong("version"));
        return n;
    }

    public List<ObjectNode> list(Principal who) {
        requireManager(who);
        String only = who.role() == Role.ADMIN ? null : who.pointId();
        return db.read(sql -> sql.list(
                "SELECT * FROM staff WHERE (? IS NULL OR point_id = ?) ORDER BY username",
                StaffAccounts::row,
                only == null ? Sql.Null.VARCHAR : only,
                only == null ? Sql.Null.VARCHAR : only));
    }

    /**
     * Creates (with {@code password}, which the person must change at first sign-in) or updates an account (with the
     * {@code version} read before).
     */
    public ObjectNode put(Principal who, String username, JsonNode body) {
        requireManager(who);
        if (!USERNAME.matcher(username).matches()) {
            throw new Invalid("username", "2..64 letters, digits, '.', '_' or '-'");
        }
        String role = text(body, "role", true, 30);
        if (!ROLES.contains(role)) {
            throw new Invalid("role", "must be one of " + ROLES);
        }
        String displayName = text(body, "displayName", true, 200);
        String point = text(body, "point", !role.equals("ADMIN"), 64);
        String authority = text(body, "authority", role.equals("AUTHORITY_EXPERT"), 64);
        boolean disabled = body.path("disabled").asBoolean(false);
        if (who.role() != Role.ADMIN && (role.equals("ADMIN") || !who.mayActAt(point))) {
            throw new Forbidden("a supervisor manages the staff of their own point only, and no administrators");
        }
        return db.tx(sql -> {
            if (point != null && sql.longValue("SELECT COUNT(*) FROM points WHERE id = ?", point) == 0) {
                throw new Invalid("point", "unknown point " + point);
            }
            if (authority != null
                    && sql.longValue(
                                    "SELECT COUNT(*) FROM point_authorities WHERE point_id = ? AND authority_id = ?",
                                    point,
                                    authority)
                            == 0) {
                throw new Invalid("authority", "authority " + authority + " does not serve at point " + point);
            }
            Optional<ObjectNode> before =
                    sql.one("SELECT * FROM staff WHERE username = ?", StaffAccounts::row, username);
            if (before.isPresent()) {
                if (who.role() != Role.ADMIN
                        && !who.mayActAt(before.get().path("point").asText(""))) {
                    throw new NotFound("staff", username);
                }
                JsonNode v = body.get("version");
                if (v == null || !v.isIntegralNumber()) {
                    throw new Invalid("version", "send the version you read to change the account");
                }
                int rows = sql.update(
                        "UPDATE staff SET display_name = ?, role = ?, point_id = ?, authority_id = ?, disabled = ?,"
                                + " version = version + 1 WHERE username = ? AND version = ?",
                        displayName,
                        role,
                        point,
                        authority,
                        disabled,
                        username,
                        v.asLong());
                if (rows != 1) {
                    throw new fi.luukku.service.error.Conflict(
                            "stale-version", "staff " + username + " was changed meanwhile; reload and try again");
                }
                if (disabled) {
                    sql.update("DELETE FROM sessions WHERE username = ?", username);
                    db.notifyInstances(sql, InstanceMessages.CREDENTIALS);
                }
            } else {
                String password = text(body, "password", true, 200);
                FirstAdmin.checkPassword(password.toCharArray());
                sql.update(
                        "INSERT INTO staff (username, password_hash, display_name, role, point_id, authority_id,"
                                + " disabled, must_change_password) VALUES (?,?,?,?,?,?,?,?)",
                        username,
                        AuthService.hashPassword(password),
                        displayName,
                        role,
                        point,
                        authority,
                        disabled,
                        true);
            }
            ObjectNode after = sql.one("SELECT * FROM staff WHERE username = ?", StaffAccounts::row, username)
                    .orElseThrow();
            audit.record(
                    sql,
                    clock.millis(),
                    who.subject(),
                    before.isPresent() ? "update" : "create",
                    "staff",
                    username,
                    point,
                    before.orElse(null),
                    after);
            return after;
        });
    }

    /** Sets a temporary password; the person must choose their own at the next sign-in; their sessions end. */
    public void resetPassword(Principal who, String username, JsonNode body) {
        requireManager(who);
        String password = text(body, "password", true, 200);
        FirstAdmin.checkPassword(password.toCharArray());
        String hash = AuthService.hashPassword(password);
        db.tx(sql -> {
            ObjectNode before = sql.one("SELECT * FROM staff WHERE username = ?", StaffAccounts::row, username)
                    .orElseThrow(() -> new NotFound("staff", username));
            if (who.role() != Role.ADMIN
                    && (!who.mayActAt(before.path("point").asText(""))
                            || "ADMIN".equals(before.path("role").asText()))) {
                throw new NotFound("staff", username);
            }
            sql.update(
                    "UPDATE staff SET password_hash = ?, must_change_password = TRUE, version = version + 1"
                            + " WHERE username = ?",
                    hash,
                    username);
            sql.update("DELETE FROM sessions WHERE username = ?", username);
            db.notifyInstances(sql, InstanceMessages.CREDENTIALS);
            audit.record(
                    sql,
                    clock.millis(),
                    who.subject(),
                    "password-reset",
                    "staff",
                    username,
                    before.path("point").asText(null),
                    null,
                    null);
            return null;
        });
    }

    /** The person's own new password, given with the current (temporary) one. */
    public void changeOwnPassword(String username, String current, String next) {
        if (username == null || current == null) {
            throw new Invalid("password", "username and current password are required");
        }
        if (next == null) {
            throw new Invalid("newPassword", "newPassword is required");
        }
        FirstAdmin.checkPassword(next.toCharArray());
        if (next.equals(current)) {
            throw new Invalid("newPassword", "the new password must differ from the current one");
        }
        String hash = db.read(sql -> sql.one(
                        "SELECT password_hash FROM staff WHERE username = ? AND disabled = FALSE",
                        rs -> rs.getString(1),
                        username))
                .orElse(null);
        if (hash == null || !AuthService.verify(current, hash)) {
            throw new Unauthenticated("wrong username or password");
        }
        String newHash = AuthService.hashPassword(next);
        db.tx(sql -> sql.update(
                "UPDATE staff SET password_hash = ?, must_change_password = FALSE, version = version + 1"
                        + " WHERE username = ?",
                newHash,
                username));
    }

    private static void requireManager(Principal who) {
        if (who.role() != Role.ADMIN && who.role() != Role.SUPERVISOR) {
            throw new Forbidden("staff accounts are managed by supervisors and administrators");
        }
    }

    private static String text(JsonNode body, String field, boolean required, int max) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new Invalid(field, field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Invalid(field, "expected a text");
        }
        if (v.asText().length() > max) {
            throw new Invalid(field, "is longer than " + max + " characters");
        }
        return v.asText().strip();
    }
}
