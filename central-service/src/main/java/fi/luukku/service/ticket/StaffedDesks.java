package fi.luukku.service.ticket;

import fi.luukku.service.auth.AuthService;
import fi.luukku.service.db.Sql;
import fi.luukku.service.point.Catalog;
import java.sql.SQLException;
import java.util.List;

/** Counts the desks serving a queue that someone is signed in at now (shown on the queue list). */
final class StaffedDesks {
    private final Catalog catalog;
    private final AuthService auth;

    StaffedDesks(Catalog catalog, AuthService auth) {
        this.catalog = catalog;
        this.auth = auth;
    }

    int of(Sql sql, String queueId) throws SQLException {
        List<String> desks =
                catalog.desksServing(queueId).stream().map(Catalog.Desk::id).toList();
        return (int) auth.openDesks(sql, desks);
    }
}
