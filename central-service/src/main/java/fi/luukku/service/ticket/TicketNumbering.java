package fi.luukku.service.ticket;

import fi.luukku.core.api.TicketDto;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.point.Catalog;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Ticket numbers: the next online number of a queue's day (skipping ranges reserved for offline kiosks), the
 * checks on a number a kiosk printed offline, and renumbering a ticket to the number its customer holds.
 */
public final class TicketNumbering {
    /** Clock difference tolerated between a kiosk and the service. */
    static final long OFFLINE_SKEW_MILLIS = 5 * 60_000L;

    private final TicketRepository repository;
    private final TicketAssembler assembler;
    private final Catalog catalog;

    public TicketNumbering(TicketRepository repository, TicketAssembler assembler, Catalog catalog) {
        this.repository = repository;
        this.assembler = assembler;
        this.catalog = catalog;
    }

    /** The next online number of a queue, e.g. {@code A007}. Call under the point lock. */
    public String nextOnline(Sql sql, Catalog.Queue queue, String day) throws SQLException {
        return queue.prefix() + String.format("%03d", nextNumber(sql, queue.id(), day));
    }

    /** Next daily number of a queue, skipping ranges reserved for offline kiosks. Call under the point lock. */
    public int nextNumber(Sql sql, String queueId, String day) throws SQLException {
        Optional<Integer> last = sql.one(
                "SELECT last_no FROM queue_counters WHERE queue_id = ? AND ticket_day = ?",
                rs -> rs.getInt(1),
                queueId,
                day);
        int n = last.orElse(0) + 1;
        record Range(int first, int last) {}
        List<Range> reserved = sql.list(
                "SELECT first_no, last_no FROM offline_blocks WHERE queue_id = ? AND ticket_day = ?",
                rs -> new Range(rs.getInt(1), rs.getInt(2)),
                queueId,
                day);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Range range : reserved) {
                if (n >= range.first() && n <= range.last()) {
                    n = range.last() + 1;
                    moved = true;
                }
            }
        }
        if (last.isPresent()) {
            sql.update("UPDATE queue_counters SET last_no = ? WHERE queue_id = ? AND ticket_day = ?", n, queueId, day);
        } else {
            sql.update("INSERT INTO queue_counters (queue_id, ticket_day, last_no) VALUES (?,?,?)", queueId, day, n);
        }
        return n;
    }

    /**
     * Checks a number a kiosk printed offline: it belongs to the queue, lies in a block reserved for that kiosk
     * on that day, was issued after the reservation and is not used yet. Answers the issue time to record.
     */
    public long acceptOffline(
            Sql sql, String pointId, String kioskId, Catalog.Queue queue, String number, String day, long issuedAt)
            throws SQLException {
        if (!number.matches("[A-Z]{1,4}[0-9]{1,4}") || !number.startsWith(queue.prefix())) {
            throw new Invalid("offlineNumber", "offlineNumber must be " + queue.prefix() + " followed by digits");
        }
        int n = Integer.parseInt(number.substring(queue.prefix().length()));
        Optional<Long> reservedAt = sql.one(
                "SELECT COALESCE(reserved_at, 0) FROM offline_blocks WHERE point_id = ? AND kiosk_id = ?"
                        + " AND ticket_day = ? AND queue_id = ? AND first_no <= ? AND last_no >= ?",
                rs -> rs.getLong(1),
                pointId,
                kioskId,
                day,
                queue.id(),
                n,
                n);
        if (reservedAt.isEmpty()) {
            throw new Invalid(
                    "offlineNumber", number + " is not in a block reserved for kiosk " + kioskId + " on " + day);
        }
        if (issuedAt < reservedAt.get() - OFFLINE_SKEW_MILLIS) {
            throw new Invalid("offlineIssuedAt", "offlineIssuedAt is before the kiosk reserved its offline numbers");
        }
        // repeats are recognised by the idempotency key alone: the same number again is someone else
        if (repository.numberTaken(sql, pointId, day, number, null)) {
            throw new Conflict("number-taken", "number " + number + " is already used today");
        }
        return Math.max(issuedAt, reservedAt.get());
    }

    /**
     * An offline sync whose idempotency key already has an answer: when that answer is an online ticket under
     * another number (the kiosk timed out after we committed, then printed an offline number), the customer holds
     * the printed number, so the ticket takes it.
     */
    public TicketDto renumber(Mutations.Ctx ctx, TicketDto stored, String printed) throws SQLException {
        if (printed == null || printed.equals(stored.number())) {
            return stored;
        }
        TicketRow t = repository.load(ctx.sql, stored.id());
        if (repository.wasIssuedOffline(ctx.sql, t.id()) || !t.status().isOpen()) {
            return assembler.toDto(ctx.sql, t);
        }
        if (!printed.matches("[A-Z]{1,4}[0-9]{1,4}")
                || !printed.startsWith(
                        catalog.queue(t.queueId()).map(Catalog.Queue::prefix).orElse("?"))) {
            throw new Invalid("offlineNumber", "offlineNumber does not belong to the ticket's queue");
        }
        if (repository.numberTaken(ctx.sql, t.pointId(), t.day(), printed, t.id())) {
            throw new Conflict("number-taken", "number " + printed + " is already used today");
        }
        repository.renumber(ctx.sql, t.id(), printed);
        TicketDto dto = assembler.toDto(ctx.sql, repository.load(ctx.sql, t.id()));
        ctx.emit(EventTypes.TICKET_UPDATED, dto);
        return dto;
    }
}
