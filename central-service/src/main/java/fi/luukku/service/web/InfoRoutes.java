package fi.luukku.service.web;

import fi.luukku.core.api.HealthDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.service.live.HealthCheck;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.point.InfoService;
import fi.luukku.service.ticket.TicketService;
import java.util.List;

/** Health and the displays' info lines. */
public final class InfoRoutes implements RouteGroup {
    private final HealthCheck health;
    private final InfoService info;
    private final TicketService tickets;

    public InfoRoutes(HealthCheck health, InfoService info, TicketService tickets, Catalog catalog) {
        this.health = health;
        this.info = info;
        this.tickets = tickets;
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
                    x.ok(info.replace(
                            x.point(), x.body(InfoMessagesRequest.class).messages()));
                });
    }
}
