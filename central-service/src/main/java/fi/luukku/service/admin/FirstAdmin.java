package fi.luukku.service.admin;

import fi.luukku.service.auth.AuthService;
import fi.luukku.service.db.Database;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Invalid;
import java.util.regex.Pattern;

/**
 * The first-run step: a service starts empty, and the only way in is an administrator created here with a password
 * the operator chose (never a default).
 */
public final class FirstAdmin {
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private final Database db;

    public FirstAdmin(Database db) {
        this.db = db;
    }

    public long administrators() {
        return db.read(sql -> sql.longValue("SELECT COUNT(*) FROM staff WHERE role = 'ADMIN' AND disabled = FALSE"));
    }

    /** Creates an administrator; refuses a taken name or a weak password. */
    public void create(String username, String displayName, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new Invalid("username", "username must be 2..64 letters, digits, '.', '_' or '-'");
        }
        checkPassword(password);
        String hash = AuthService.hashPassword(new String(password));
        db.tx(sql -> {
            if (sql.longValue("SELECT COUNT(*) FROM staff WHERE username = ?", username) > 0) {
                throw new Conflict("username-taken", "a staff account " + username + " already exists");
            }
            return sql.update(
                    "INSERT INTO staff (username, password_hash, display_name, role, point_id, authority_id)"
                            + " VALUES (?,?,?,?,?,?)",
                    username,
                    hash,
                    displayName == null || displayName.isBlank() ? username : displayName,
                    "ADMIN",
                    null,
                    null);
        });
    }

    public static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new Invalid("password", "the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length > 200) {
            throw new Invalid("password", "the password is longer than 200 characters");
        }
    }

    /** What the service says at start when nobody can administer it yet. */
    public static String noAdministratorNotice() {
        return "No administrator exists yet: nobody can sign in to set this service up. Run"
                + " `./luukku admin init --config FILE --user NAME` (the same --config as the server; on H2 stop the service first; it asks for the"
                + " password, or reads it with --password-file FILE), then start the service again.";
    }
}
