package fi.luukku.service.web;

import fi.luukku.core.api.HealthDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.live.HealthCheck;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.point.InfoService;
import fi.luukku.service.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Health, the displays' info lines and the citizen's tracking page. */
public final class InfoRoutes implements RouteGroup {
    private final HealthCheck health;
    private final InfoService info;
    private final TicketService tickets;
    private final TrackingPage tracking;

    public InfoRoutes(HealthCheck health, InfoService info, TicketService tickets, Catalog catalog) {
        this.health = health;
        this.info = info;
        this.tickets = tickets;
        this.tracking = new TrackingPage(catalog);
    }

    /** Body of PUT info-messages: {"messages":[…]}. */
    public record InfoMessagesRequest(List<InfoMessageDto> messages) {}

    @Override
    public void register(Routes r) {
        r.get("/health", "health")
                .summary("Liveness and database state (503 with state DOWN when the database does not answer)")
                .response(HealthDto.class)
                .answers(503)
                .handle(x -> {
                    HealthDto h = health.check();
                    x.json(h.status().equals("UP") ? 200 : 503, h);
                });
        r.get("/api/v1/points/{point}/info-messages", "listInfoMessages")
                .summary("Info lines for the displays")
                .atPoint(Roles.LIVE)
                .response(Types.listOf(InfoMessageDto.class))
                .handle(x -> x.ok(info.list(x.point())));
        r.put("/api/v1/points/{point}/info-messages", "replaceInfoMessages")
                .summary("Replace the info lines; sends info.updated")
                .atPoint(Roles.INFO_WRITERS)
                .request(InfoMessagesRequest.class)
                .response(Types.listOf(InfoMessageDto.class))
                .handle(x -> {
                    InfoMessagesRequest req = x.body(InfoMessagesRequest.class);
                    if (req.messages() == null) {
                        throw new Invalid("messages", "messages is required");
                    }
                    x.ok(info.replace(x.point(), req.messages()));
                });
        r.get("/t/{code}", "trackingPage")
                .summary("Tracking page for the citizen's phone (HTML, refreshes itself)")
                .produces("text/html")
                .freeQuery("lang", "page language: fi, sv or en (others fall back to the ticket's language)")
                .database()
                .handle(x -> {
                    String code = x.ctx().pathParam("code");
                    Optional<TicketDto> t = code.matches("[A-Za-z0-9]{4,32}")
                            ? tickets.byTrackingCode(code.toUpperCase(Locale.ROOT))
                            : Optional.empty();
                    String accept = x.header("Accept");
                    if (t.isEmpty() && accept != null && !accept.contains("text/html")) {
                        throw new NotFound("ticket", "for this tracking code");
                    }
                    x.ctx().status(t.isPresent() ? 200 : 404);
                    x.ctx().contentType("text/html; charset=utf-8");
                    x.ctx().header("Cache-Control", "no-store");
                    x.ctx()
                            .result(tracking.render(t.orElse(null), x.query("lang"))
                                    .getBytes(StandardCharsets.UTF_8));
                });
    }
}
