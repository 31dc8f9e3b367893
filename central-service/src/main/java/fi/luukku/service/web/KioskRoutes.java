package fi.luukku.service.web;

import fi.luukku.core.api.CheckInRequest;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.OfflineBlockDto;
import fi.luukku.core.api.OfflineBlockRequest;
import fi.luukku.core.api.TicketDto;
import fi.luukku.service.ticket.AppointmentService;
import fi.luukku.service.ticket.OfflineBlockService;
import fi.luukku.service.ticket.TicketService;
import fi.luukku.service.ticket.TicketViews;

/** What a kiosk does: issue tickets (also offline ones), check in appointments, reserve offline numbers. */
public final class KioskRoutes implements RouteGroup {
    private final TicketService tickets;
    private final AppointmentService appointments;
    private final OfflineBlockService offline;

    public KioskRoutes(TicketService tickets, AppointmentService appointments, OfflineBlockService offline) {
        this.tickets = tickets;
        this.appointments = appointments;
        this.offline = offline;
    }

    @Override
    public void register(Routes r) {
        r.post("/api/v1/points/{point}/tickets", "issueTicket")
                .summary("Issue a ticket (also syncs tickets a kiosk issued offline)")
                .atPoint(Roles.ISSUERS)
                .request(IssueTicketRequest.class)
                .created(TicketDto.class)
                .idempotent()
                .answers(409)
                .handle(x -> x.created(TicketViews.withoutNotes(
                        tickets.issue(x.who(), x.point(), x.body(IssueTicketRequest.class), x.key()))));
        r.post("/api/v1/points/{point}/check-in", "checkIn")
                .summary("Check in an appointment by booking code; answers the ticket")
                .atPoint(Roles.ISSUERS)
                .request(CheckInRequest.class)
                .created(TicketDto.class)
                .idempotent()
                .answers(409)
                .handle(x -> x.created(TicketViews.withoutNotes(
                        appointments.checkIn(x.who(), x.point(), x.body(CheckInRequest.class), x.key()))));
        r.post("/api/v1/points/{point}/offline-blocks", "reserveOfflineBlock")
                .summary("Reserve per-queue number ranges for a kiosk for today (same kiosk, same block)")
                .atPoint(Roles.KIOSKS)
                .request(OfflineBlockRequest.class)
                .created(OfflineBlockDto.class)
                .idempotent()
                .answers(409)
                .handle(x -> x.created(offline.reserve(x.point(), x.body(OfflineBlockRequest.class))));
    }
}
