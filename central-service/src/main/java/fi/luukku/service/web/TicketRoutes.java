package fi.luukku.service.web;

import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.service.live.SnapshotService;
import fi.luukku.service.ticket.TicketService;
import fi.luukku.service.ticket.TicketViews;

/** The live state of a point as clients read it: queues, open tickets, the snapshot, one ticket. */
public final class TicketRoutes implements RouteGroup {
    private final TicketService tickets;
    private final SnapshotService snapshots;

    public TicketRoutes(TicketService tickets, SnapshotService snapshots) {
        this.tickets = tickets;
        this.snapshots = snapshots;
    }

    @Override
    public void register(Routes r) {
        r.get("/api/v1/points/{point}/queues", "listQueues")
                .summary("Queues with waiting counts and estimates")
                .atPoint(Roles.LIVE)
                .response(Types.listOf(QueueDto.class))
                .handle(x -> x.ok(tickets.queues(x.point())));
        r.get("/api/v1/points/{point}/tickets", "listOpenTickets")
                .summary("Open tickets (waiting, called, serving, parked)")
                .atPoint(Roles.LIVE)
                .response(Types.listOf(TicketDto.class))
                .handle(x -> x.ok(TicketViews.forViewer(x.who(), tickets.openTickets(x.point()))));
        r.get("/api/v1/points/{point}/snapshot", "getSnapshot")
                .summary("Starting state of a client and the event id to resume from")
                .atPoint(Roles.LIVE)
                .response(SnapshotDto.class)
                .handle(x -> x.ok(snapshots.snapshot(x.who(), x.point())));
        r.get("/api/v1/tickets/{id}", "getTicket")
                .summary("One ticket")
                .roles(Roles.LIVE)
                .response(TicketDto.class)
                .handle(x -> x.ok(tickets.ticket(x.who(), x.id("ticket"))));
    }
}
