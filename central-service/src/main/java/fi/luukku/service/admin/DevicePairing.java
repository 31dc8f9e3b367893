package fi.luukku.service.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.error.Unauthenticated;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pairing a device without copying tokens: a device started without a token asks for a short code, shows it on
 * its screen and polls with the secret it got; a supervisor (or admin) approves the code choosing point, role
 * and name; the device's next poll collects its own new token, once. Pending requests live in memory for ten
 * minutes (a restarted service simply makes the device ask again).
 */
public final class DevicePairing {
    private static final long TTL_MILLIS = 10 * 60_000L;
    private static final int MAX_PENDING = 1000;
    private static final Set<String> ROLES = Set.of("KIOSK", "FEEDBACK_TERMINAL", "DISPLAY");

    private record Pending(String secretHash, String description, long createdAt, ObjectNode approved) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final DeviceTokens devices;
    private final Clock clock;

    public DevicePairing(DeviceTokens devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /** A device asks for a code: the answer has the code to show and the secret to poll with. */
    public ObjectNode request(String description) {
        expire();
        if (pending.size() >= MAX_PENDING) {
            throw new fi.luukku.service.error.Conflict("pairing-busy", "too many pending pairings; try again soon");
        }
        String desc = description == null ? "" : description.strip();
        if (desc.length() > 100 || desc.chars().anyMatch(c -> c < 0x20)) {
            throw new Invalid("description", "at most 100 printable characters");
        }
        String secret = Hashes.randomToken();
        String code;
        do {
            code = Hashes.shortCode(6).toUpperCase(Locale.ROOT);
        } while (pending.putIfAbsent(code, new Pending(Hashes.sha256(secret), desc, clock.millis(), null)) != null);
        return Canonical.F
                .objectNode()
                .put("code", code)
                .put("secret", secret)
                .put("expiresInSeconds", TTL_MILLIS / 1000);
    }

    /** The device polls: empty while waiting, its credential once approved (then the code is gone). */
    public Optional<ObjectNode> poll(String code, String secret) {
        expire();
        Pending p = pending.get(norm(code));
        if (p == null || secret == null || !p.secretHash().equals(Hashes.sha256(secret))) {
            throw new Unauthenticated("unknown or expired pairing code; ask for a new one");
        }
        if (p.approved() == null) {
            return Optional.empty();
        }
        pending.remove(norm(code), p);
        return Optional.of(p.approved());
    }

    /** Pending codes with what each device said about itself (for the management workspace). */
    public List<ObjectNode> list() {
        expire();
        return pending.entrySet().stream()
                .filter(e -> e.getValue().approved() == null)
                .map(e -> Canonical.F
                        .objectNode()
                        .put("code", e.getKey())
                        .put("description", e.getValue().description())
                        .put("requestedAt", e.getValue().createdAt()))
                .toList();
    }

    /** A supervisor or admin approves a code: the device gets a new credential of the point and role. */
    public ObjectNode approve(Principal who, String code, String point, String role, String name) {
        expire();
        Pending p = pending.get(norm(code));
        if (p == null || p.approved() != null) {
            throw new NotFound("pairing code", norm(code));
        }
        if (role == null || !ROLES.contains(role)) {
            throw new Invalid("role", "role must be one of " + ROLES);
        }
        ObjectNode credential = devices.create(who, point, role, name);
        if (!pending.replace(norm(code), p, new Pending(p.secretHash(), p.description(), p.createdAt(), credential))) {
            devices.revoke(who, point, credential.path("name").asText());
            throw new NotFound("pairing code", norm(code));
        }
        ObjectNode shown = credential.deepCopy();
        shown.remove("token");
        return shown;
    }

    private static String norm(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private void expire() {
        long now = clock.millis();
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
            if (now - it.next().createdAt() > TTL_MILLIS) {
                it.remove();
            }
        }
    }
}
