package fi.luukku.service.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.domain.Role;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.InstanceMessages;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.TooManyRequests;
import fi.luukku.service.error.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves bearer tokens to principals, logs staff in and out, and enforces roles and points. */
public final class AuthService {
    /** A bcrypt hash compared against when the user does not exist, so timing does not reveal usernames. */
    private static final String DUMMY_HASH =
            new String(BCrypt.withDefaults().hash(10, "not-a-password".toCharArray()), StandardCharsets.UTF_8);

    private final Database db;
    private final Clock clock;
    private final Duration sessionLength;
    private final LoginRateLimiter limiter;
    /** Device tokens are looked up again after this long, so a revoked token stops working within it. */
    static final long DEVICE_CACHE_MILLIS = 60_000;

    private record CachedDevice(Principal principal, long cachedAt) {}

    private final ConcurrentHashMap<String, CachedDevice> deviceCache = new ConcurrentHashMap<>();

    public AuthService(Database db, Clock clock, Duration sessionLength, LoginRateLimiter limiter) {
        this.db = db;
        this.clock = clock;
        this.sessionLength = sessionLength;
        this.limiter = limiter;
    }

    public static boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    public static String hashPassword(String password) {
        return new String(BCrypt.withDefaults().hash(10, password.toCharArray()), StandardCharsets.UTF_8);
    }

    /** The principal behind an Authorization header, or empty when there is none or it is unknown/expired. */
    public Optional<Principal> resolve(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Hashes.sha256(token);
        long now = clock.millis();
        CachedDevice cached = deviceCache.get(hash);
        if (cached != null) {
            long age = now - cached.cachedAt();
            if (age >= 0 && age < DEVICE_CACHE_MILLIS) {
                return Optional.of(cached.principal());
            }
            deviceCache.remove(hash, cached);
        }
        return db.read(sql -> {
            Optional<Principal> d = sql.one(
                    "SELECT role, point_id, name FROM devices WHERE token_hash = ?",
                    rs -> new Principal(
                            rs.getString("name"),
                            Role.valueOf(rs.getString("role")),
                            rs.getString("point_id"),
                            null,
                            null,
                            hash),
                    hash);
            if (d.isPresent()) {
                if (deviceCache.size() > 10_000) {
                    deviceCache.clear(); // only real device tokens get here: a few per point
                }
                deviceCache.put(hash, new CachedDevice(d.get(), now));
                return d;
            }
            return sql.one(
                    "SELECT s.username, s.desk_id, st.role, st.point_id, st.authority_id FROM sessions s"
                            + " JOIN staff st ON st.username = s.username WHERE s.token_hash = ? AND s.expires_at > ?",
                    rs -> new Principal(
                            rs.getString("username"),
                            Role.valueOf(rs.getString("role")),
                            rs.getString("point_id"),
                            rs.getString("authority_id"),
                            rs.getString("desk_id"),
                            hash),
                    hash,
                    now);
        });
    }

    public LoginResponse login(LoginRequest req, String clientAddress) {
        String username = req.username(); // shape checked at the edge
        String password = req.password();
        String deskId = req.deskId();
        // one verification of a pair at a time; after proven failures, a growing wait (never a lockout)
        long wait = limiter.tryAcquire(username, clientAddress);
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            throw new TooManyRequests("too-many-login-attempts", "wait " + seconds + " s before trying again");
        }
        record Staff(String username, String hash, String displayName, Role role, String point, String authority) {}
        boolean ok;
        Optional<Staff> staff;
        try {
            staff = db.read(sql -> sql.one(
                    "SELECT username, password_hash, display_name, role, point_id, authority_id FROM staff WHERE username = ?",
                    rs -> new Staff(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Role.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6)),
                    username));
            char[] pw = password.toCharArray();
            ok = BCrypt.verifyer()
                    .verify(pw, staff.map(Staff::hash).orElse(DUMMY_HASH).getBytes(StandardCharsets.UTF_8))
                    .verified;
            Arrays.fill(pw, ' ');
        } catch (RuntimeException e) {
            limiter.abandon(username, clientAddress);
            throw e;
        }
        if (staff.isEmpty() || !ok) {
            limiter.failure(username, clientAddress);
            throw new Unauthenticated("bad-credentials", "login refused");
        }
        limiter.success(username, clientAddress);
        Staff s = staff.get();
        // an account disabled by a supervisor signs in no more; a reset password must be replaced first
        boolean[] state = db.read(sql -> sql.one(
                        "SELECT disabled, must_change_password FROM staff WHERE username = ?",
                        rs -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)},
                        username))
                .orElse(new boolean[2]);
        if (state[0]) {
            throw new Unauthenticated("bad-credentials", "login refused");
        }
        if (state[1]) {
            throw new Forbidden(
                    "password-change-required", "choose a new password first (POST /api/v1/auth/change-password)");
        }
        if (deskId != null) {
            boolean deskOk = db.read(
                            sql -> sql.one("SELECT point_id FROM desks WHERE id = ?", rs -> rs.getString(1), deskId))
                    .map(p -> s.role() == Role.ADMIN || p.equals(s.point()))
                    .orElse(false);
            if (!deskOk) {
                throw new Invalid("deskId", "desk " + deskId + " is not at your point");
            }
        }
        String token = Hashes.randomToken();
        Instant now = clock.instant();
        Instant expires = now.plus(sessionLength);
        db.tx(sql -> {
            sql.update("DELETE FROM sessions WHERE expires_at < ?", now.toEpochMilli());
            return sql.update(
                    "INSERT INTO sessions (token_hash, username, desk_id, created_at, expires_at) VALUES (?,?,?,?,?)",
                    Hashes.sha256(token),
                    s.username(),
                    deskId,
                    now.toEpochMilli(),
                    expires.toEpochMilli());
        });
        return new LoginResponse(
                token, s.username(), s.displayName(), s.role().name(), s.point(), s.authority(), deskId, expires);
    }

    public void logout(Principal p) {
        if (p.role().isStaff()) {
            db.tx(sql -> {
                sql.update("DELETE FROM sessions WHERE token_hash = ?", p.tokenHash());
                db.notifyInstances(sql, InstanceMessages.CREDENTIALS);
                return null;
            });
        }
    }

    /** A device credential was revoked or rotated away: its token stops working now, not when the cache ages. */
    public void forgetDevice(String tokenHash) {
        deviceCache.remove(tokenHash);
    }

    /**
     * Which of these token hashes still stand for a valid credential: a device not revoked, or a session neither
     * logged out nor expired (disabling a user ends the user's sessions). A device found revoked also leaves the
     * cache, so its token stops working for requests at once too.
     */
    public java.util.Set<String> liveCredentials(java.util.Collection<String> tokenHashes) {
        java.util.Set<String> live = new java.util.HashSet<>();
        List<String> all = List.copyOf(tokenHashes);
        long now = clock.millis();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            Object[] args = new Object[batch.size() * 2 + 1];
            for (int i = 0; i < batch.size(); i++) {
                args[i] = batch.get(i);
                args[batch.size() + i] = batch.get(i);
            }
            args[args.length - 1] = now;
            live.addAll(db.read(sql -> sql.list(
                    "SELECT token_hash FROM devices WHERE token_hash IN (" + in + ")"
                            + " UNION SELECT token_hash FROM sessions WHERE token_hash IN (" + in + ")"
                            + " AND expires_at > ?",
                    rs -> rs.getString(1),
                    args)));
        }
        for (String hash : all) {
            if (!live.contains(hash)) {
                deviceCache.remove(hash);
            }
        }
        return live;
    }

    /** Forgets every cached device token (another instance revoked one): the next request reads the table. */
    public void forgetCachedDevices() {
        deviceCache.clear();
    }

    /** Number of desks with a live staff session, per desk id set: used by the wait estimate. */
    public long openDesks(Sql sql, java.util.Collection<String> deskIds) throws java.sql.SQLException {
        if (deskIds.isEmpty()) {
            return 0;
        }
        String in = String.join(",", java.util.Collections.nCopies(deskIds.size(), "?"));
        Object[] args = new Object[deskIds.size() + 1];
        int i = 0;
        for (String d : deskIds) {
            args[i++] = d;
        }
        args[i] = clock.millis();
        return sql.longValue(
                "SELECT COUNT(DISTINCT desk_id) FROM sessions WHERE desk_id IN (" + in + ") AND expires_at > ?", args);
    }
}
