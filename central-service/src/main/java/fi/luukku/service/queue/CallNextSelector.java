package fi.luukku.service.queue;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.service.db.Sql;
import fi.luukku.service.point.Catalog;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads the waiting tickets of a desk's queues and asks {@link CallRule} which one the desk gets next. */
public final class CallNextSelector {
    private final int priorityCap;

    public CallNextSelector(int priorityCap) {
        this.priorityCap = priorityCap;
    }

    /**
     * The id of the ticket the desk should call now, if any.
     *
     * @param queues the queues the caller may call from at this desk, with their levels
     * @param day the ticket day (only today's tickets are called)
     * @param nowMillis the current time
     */
    public Optional<String> pickNext(Sql sql, String deskId, List<Catalog.DeskQueue> queues, String day, long nowMillis)
            throws SQLException {
        if (queues.isEmpty()) {
            return Optional.empty();
        }
        List<DeskView.Level> levels = new ArrayList<>();
        List<Candidate> waiting = new ArrayList<>();
        for (Catalog.DeskQueue dq : queues) {
            levels.add(new DeskView.Level(dq.queueId(), dq.priority()));
            // one statement per queue, equality on the index's leading columns (queue_id, status): with a year of
            // history H2 would otherwise read every row the queue ever had (it cannot combine an IN list on the
            // first column with the second)
            waiting.addAll(sql.list(
                    "SELECT id, number, queue_id, sort_at, issued_at, due_at, priority, passed_by FROM tickets"
                            + " WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ?",
                    rs -> new Candidate(
                            rs.getString("id"),
                            rs.getString("number"),
                            rs.getString("queue_id"),
                            TicketStatus.WAITING,
                            rs.getLong("sort_at"),
                            rs.getLong("issued_at"),
                            Sql.getLong(rs, "due_at"),
                            rs.getBoolean("priority"),
                            rs.getInt("passed_by")),
                    dq.queueId(),
                    day));
        }
        return CallRule.pickNext(new DeskView(deskId, levels), waiting, nowMillis, priorityCap)
                .map(d -> d.ticket().id());
    }
}
