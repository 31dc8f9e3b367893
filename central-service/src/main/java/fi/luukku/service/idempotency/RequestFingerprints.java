package fi.luukku.service.idempotency;

import fi.luukku.service.db.DataAccessException;
import fi.luukku.service.db.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * Binds an idempotency key to the request it was first sent with: a repeat must carry the same body. The binding is
 * kept as long as the stored answers (two days) and is cleared by the hourly maintenance.
 */
public final class RequestFingerprints {
    private final Database db;
    private final Clock clock;

    public RequestFingerprints(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records the body hash for a key seen for the first time; for a known key, tells whether the body is the same.
     *
     * @param keyScope who used the key where (a hash, at most 64 characters)
     */
    public boolean bindOrMatch(String keyScope, String bodyHash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<String> known = db.read(sql -> sql.one(
                    "SELECT body_hash FROM idempotency_fingerprints WHERE key_scope = ?",
                    rs -> rs.getString(1),
                    keyScope));
            if (known.isPresent()) {
                return known.get().equals(bodyHash);
            }
            try {
                db.tx(sql -> sql.update(
                        "INSERT INTO idempotency_fingerprints (key_scope, body_hash, created_at) VALUES (?,?,?)",
                        keyScope,
                        bodyHash,
                        clock.millis()));
                return true;
            } catch (DataAccessException e) {
                if (!e.isUniqueViolation()) {
                    throw e;
                }
                // a concurrent first use won the race: compare with its body
            }
        }
        return false;
    }

    /** Forgets bindings older than the given time; cheap thanks to the index on created_at. */
    public int purgeOlderThan(long createdAtMillis) {
        return db.tx(sql -> sql.update("DELETE FROM idempotency_fingerprints WHERE created_at < ?", createdAtMillis));
    }
}
