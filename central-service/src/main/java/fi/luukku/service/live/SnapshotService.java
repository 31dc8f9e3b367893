package fi.luukku.service.live;

import fi.luukku.core.api.SnapshotDto;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.event.EventStore;
import fi.luukku.service.help.HelpService;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.point.InfoService;
import fi.luukku.service.ticket.TicketService;
import fi.luukku.service.ticket.TicketViews;

/** The starting state of a client at a point and the event id it resumes the live stream from. */
public final class SnapshotService {
    private final Database db;
    private final Catalog catalog;
    private final EventStore events;
    private final TicketService tickets;
    private final HelpService help;
    private final InfoService info;

    public SnapshotService(
            Database db,
            Catalog catalog,
            EventStore events,
            TicketService tickets,
            HelpService help,
            InfoService info) {
        this.db = db;
        this.catalog = catalog;
        this.events = events;
        this.tickets = tickets;
        this.help = help;
        this.info = info;
    }

    public SnapshotDto snapshot(Principal viewer, String pointId) {
        return db.read(sql -> {
            long last = events.lastId(sql, pointId); // read first: later events may repeat, none are missed
            return new SnapshotDto(
                    last,
                    catalog.point(pointId),
                    tickets.queues(sql, pointId),
                    TicketViews.forViewer(viewer, tickets.openTickets(sql, pointId)),
                    TicketViews.forViewer(viewer, tickets.recentCalls(sql, pointId, 10)),
                    help.open(sql, pointId),
                    info.list(sql, pointId));
        });
    }
}
