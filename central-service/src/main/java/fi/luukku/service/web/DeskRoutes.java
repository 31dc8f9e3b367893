package fi.luukku.service.web;

import fi.luukku.core.api.CallRequest;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.ReferralDto;
import fi.luukku.core.api.ReferralRequest;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.ticket.ReferralService;
import fi.luukku.service.ticket.TicketService;
import java.util.Optional;

/** The advisor's desk work: call next, the ticket's moves, triage, service events and referrals. */
public final class DeskRoutes implements RouteGroup {
    private final TicketService tickets;
    private final ReferralService referrals;

    public DeskRoutes(TicketService tickets, ReferralService referrals) {
        this.tickets = tickets;
        this.referrals = referrals;
    }

    @FunctionalInterface
    interface TicketOp {
        TicketDto run(Principal p, String id, Exchange x) throws Exception;
    }

    @Override
    public void register(Routes r) {
        r.post("/api/v1/points/{point}/desks/{desk}/call-next", "callNext")
                .summary("Call the next customer by the rule; 204 when nobody waits")
                .atPoint(Roles.STAFF)
                .response(TicketDto.class)
                .answers(204, 409)
                .handle(x -> {
                    Optional<TicketDto> t = tickets.callNext(x.who(), x.point(), x.id("desk", "desk"));
                    if (t.isPresent()) {
                        x.ok(t.get());
                    } else {
                        x.noContent();
                    }
                });
        action(
                r,
                "call",
                "callTicket",
                "Call this ticket to a desk",
                CallRequest.class,
                (p, id, x) -> tickets.call(p, id, x.body(CallRequest.class)));
        action(
                r,
                "recall",
                "recallTicket",
                "Call again (no-show after the configured number of recalls)",
                null,
                (p, id, x) -> tickets.recall(p, id));
        action(r, "start", "startService", "Start serving", null, (p, id, x) -> tickets.start(p, id));
        action(r, "no-show", "markNoShow", "The customer did not come", null, (p, id, x) -> tickets.noShow(p, id));
        action(
                r,
                "undo-no-show",
                "undoNoShow",
                "Take back a no-show of the last five minutes: the ticket waits at its old place",
                null,
                (p, id, x) -> tickets.undoNoShow(p, id));
        action(r, "park", "parkTicket", "Park (customer fetching a document)", null, (p, id, x) -> tickets.park(p, id));
        action(
                r,
                "unpark",
                "unparkTicket",
                "Back to its place in the queue",
                null,
                (p, id, x) -> tickets.unpark(p, id));
        action(r, "cancel", "cancelTicket", "The customer left", null, (p, id, x) -> tickets.cancel(p, id));
        action(
                r,
                "transfer",
                "transferTicket",
                "Into another queue, same number (optionally to the front)",
                TransferRequest.class,
                (p, id, x) -> tickets.transfer(p, id, x.body(TransferRequest.class)));
        action(
                r,
                "finish",
                "finishTicket",
                "Finish with outcome, assessment and service events; a chain moves on",
                FinishRequest.class,
                (p, id, x) -> tickets.finish(p, id, x.body(FinishRequest.class)));
        r.put("/api/v1/tickets/{id}/triage", "triageTicket")
                .summary("Record the service need, support level, special needs, channel and notes")
                .roles(Roles.STAFF)
                .request(TriageDto.class)
                .response(TicketDto.class)
                .answers(409)
                .handle(x -> {
                    String id = ticket(x);
                    x.ok(tickets.triage(x.who(), id, x.body(TriageDto.class)));
                });
        r.post("/api/v1/tickets/{id}/service-events", "recordServiceEvent")
                .summary("Record one service event (billing)")
                .roles(Roles.STAFF)
                .request(ServiceEventDto.class)
                .created(ServiceEventDto.class)
                .idempotent()
                .answers(409)
                .handle(x -> {
                    String id = ticket(x);
                    x.created(tickets.recordServiceEvent(x.who(), id, x.body(ServiceEventDto.class), x.key()));
                });
        r.post("/api/v1/tickets/{id}/referrals", "referTicket")
                .summary("Refer onward; answers the slip text in the customer's language")
                .roles(Roles.STAFF)
                .request(ReferralRequest.class)
                .created(ReferralDto.class)
                .idempotent()
                .answers(409)
                .handle(x -> {
                    String id = ticket(x);
                    x.created(referrals.refer(x.who(), id, x.body(ReferralRequest.class), x.key()));
                });
    }

    /** The ticket of the path, after the caller was found allowed to act on it (before its body is read). */
    private String ticket(Exchange x) {
        String id = x.id("ticket");
        tickets.requireAccess(x.who(), id);
        return id;
    }

    private void action(Routes r, String action, String operationId, String summary, Class<?> body, TicketOp op) {
        Routes.R route = r.post("/api/v1/tickets/{id}/" + action, operationId)
                .summary(summary)
                .roles(Roles.STAFF)
                .response(TicketDto.class)
                .answers(409);
        if (body != null) {
            route = route.request(body);
        }
        route.handle(x -> {
            String id = ticket(x);
            x.ok(op.run(x.who(), id, x));
        });
    }
}
