package fi.luukku.service.ticket;

import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.api.OfflineBlockRequest;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.point.Catalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Number ranges reserved per kiosk and day for issuing while the service is away. Blocks are taken from the top
 * of the daily range (999 down), online numbering counts up from 1 and skips every reserved range.
 */
public final class OfflineBlockService {
    private static final int TOP = 999;

    private final Mutations mutations;
    private final Catalog catalog;
    private final TicketService tickets;

    public OfflineBlockService(Mutations mutations, Catalog catalog, TicketService tickets) {
        this.mutations = mutations;
        this.catalog = catalog;
        this.tickets = tickets;
    }

    public OfflineBlockDto reserve(String pointId, OfflineBlockRequest r) {
        String kiosk = r.kioskId(); // kioskId and size were checked at the edge
        return mutations.run(pointId, ctx -> {
            String day = tickets.today();
            List<OfflineBlockDto.Range> ranges = new ArrayList<>();
            for (Catalog.Queue q : catalog.queues(pointId)) {
                var existing = ctx.sql.one(
                        "SELECT first_no, last_no FROM offline_blocks WHERE point_id = ? AND kiosk_id = ? AND ticket_day = ?"
                                + " AND queue_id = ?",
                        rs -> new int[] {rs.getInt(1), rs.getInt(2)},
                        pointId,
                        kiosk,
                        day,
                        q.id());
                if (existing.isPresent()) { // the same kiosk asking again the same day gets the same block
                    ranges.add(new OfflineBlockDto.Range(q.id(), q.prefix(), existing.get()[0], existing.get()[1]));
                    continue;
                }
                long lowest = ctx.sql.longValue(
                        "SELECT COALESCE(MIN(first_no), ?) FROM offline_blocks WHERE queue_id = ? AND ticket_day = ?",
                        TOP + 1,
                        q.id(),
                        day);
                long used = ctx.sql.longValue(
                        "SELECT COALESCE(MAX(last_no), 0) FROM queue_counters WHERE queue_id = ? AND ticket_day = ?",
                        q.id(),
                        day);
                int last = (int) lowest - 1;
                int first = last - r.size() + 1;
                if (first <= used + 50) {
                    throw new Conflict("no-numbers-left", "no free offline range left today in " + q.id());
                }
                ctx.sql.update(
                        "INSERT INTO offline_blocks (point_id, kiosk_id, ticket_day, queue_id, first_no, last_no,"
                                + " reserved_at) VALUES (?,?,?,?,?,?,?)",
                        pointId,
                        kiosk,
                        day,
                        q.id(),
                        first,
                        last,
                        tickets.nowMillis());
                ranges.add(new OfflineBlockDto.Range(q.id(), q.prefix(), first, last));
            }
            return new OfflineBlockDto(kiosk, LocalDate.parse(day), ranges);
        });
    }
}
