package fi.luukku.service.ticket;

import fi.luukku.service.db.Sql;
import java.sql.SQLException;

/** Tells how long a customer waits; one implementation today, others can be compared and swapped in. */
public interface WaitEstimator {
    /** Desks serving the queue that are staffed now. */
    int staffedDesks(Sql sql, String queueId) throws SQLException;

    /** Seconds a customer with {@code peopleAhead} before them in the queue waits, given the staffed desks. */
    long estimateSeconds(Sql sql, String queueId, int peopleAhead, int staffedDesks) throws SQLException;
}
