package fi.luukku.service.live;

import fi.luukku.core.api.HealthDto;
import fi.luukku.service.db.Database;

/** Liveness: the service answers and says whether its database does. */
public final class HealthCheck {
    private final Database db;
    private final String version;

    public HealthCheck(Database db, String version) {
        this.db = db;
        this.version = version;
    }

    public HealthDto check() {
        String status = "UP";
        try {
            db.read(sql -> sql.longValue("SELECT 1"));
        } catch (RuntimeException e) {
            status = "DOWN";
        }
        return new HealthDto(status, version, db.kind());
    }
}
