package fi.luukku.service.web;

import fi.luukku.core.api.HelpRequestCreate;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.service.help.HelpService;

/** "I need help" from kiosks, and incidents recorded by staff. */
public final class HelpRoutes implements RouteGroup {
    private final HelpService help;

    public HelpRoutes(HelpService help) {
        this.help = help;
    }

    /** Body of incident resolve. */
    public record ResolveRequest(String resolution) {}

    @Override
    public void register(Routes r) {
        r.post("/api/v1/points/{point}/help", "requestHelp")
                .summary("\"I need help\" from a kiosk")
                .atPoint(Roles.HELPERS)
                .request(HelpRequestCreate.class)
                .created(HelpRequestDto.class)
                .idempotent()
                .handle(x -> x.created(help.request(x.who(), x.point(), x.body(HelpRequestCreate.class), x.key())));
        r.get("/api/v1/points/{point}/help", "listHelpRequests")
                .summary("Open help requests")
                .atPoint(Roles.STAFF)
                .response(Types.listOf(HelpRequestDto.class))
                .handle(x -> x.ok(help.open(x.point())));
        r.post("/api/v1/help/{id}/acknowledge", "acknowledgeHelp")
                .summary("\"I'm on my way\": only the first one counts")
                .roles(Roles.STAFF)
                .response(HelpRequestDto.class)
                .answers(409)
                .handle(x -> x.ok(help.acknowledge(x.who(), x.id("help request"))));
        r.post("/api/v1/points/{point}/incidents", "recordIncident")
                .summary("Record a disruptive situation")
                .atPoint(Roles.STAFF)
                .request(IncidentDto.class)
                .created(IncidentDto.class)
                .idempotent()
                .handle(x -> x.created(help.record(x.who(), x.point(), x.body(IncidentDto.class), x.key())));
        r.get("/api/v1/points/{point}/incidents", "listIncidents")
                .summary("Incidents of the point")
                .atPoint(Roles.STAFF)
                .response(Types.listOf(IncidentDto.class))
                .handle(x -> x.ok(help.incidents(x.point())));
        r.post("/api/v1/incidents/{id}/resolve", "resolveIncident")
                .summary("Resolve an incident (once)")
                .roles(Roles.STAFF)
                .request(ResolveRequest.class)
                .response(IncidentDto.class)
                .answers(409)
                .handle(x -> {
                    String id = x.id("incident");
                    help.requireIncidentAccess(x.who(), id);
                    x.ok(help.resolve(x.who(), id, x.body(ResolveRequest.class).resolution()));
                });
    }
}
