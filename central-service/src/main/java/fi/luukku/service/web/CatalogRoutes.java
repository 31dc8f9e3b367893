package fi.luukku.service.web;

import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.service.point.Catalog;

/** The catalogue: points, authorities, services, life events, desks, event types and the directory. */
public final class CatalogRoutes implements RouteGroup {
    private final Catalog catalog;

    public CatalogRoutes(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(Routes r) {
        r.get("/api/v1/points", "listPoints")
                .summary("All service points")
                .roles(Roles.ALL)
                .response(Types.listOf(PointDto.class))
                .handle(x -> x.ok(catalog.points()));
        r.get("/api/v1/points/{point}", "getPoint")
                .summary("One service point")
                .atPoint(Roles.ALL)
                .response(PointDto.class)
                .handle(x -> x.ok(catalog.point(x.point())));
        r.get("/api/v1/points/{point}/authorities", "listAuthorities")
                .summary("Authorities present at the point")
                .atPoint(Roles.ALL)
                .response(Types.listOf(AuthorityDto.class))
                .handle(x -> x.ok(catalog.authorities(x.point())));
        r.get("/api/v1/points/{point}/services", "listServices")
                .summary("Services customers can queue for")
                .atPoint(Roles.ALL)
                .response(Types.listOf(ServiceDto.class))
                .handle(x -> x.ok(catalog.services(x.point())));
        r.get("/api/v1/points/{point}/life-events", "listLifeEvents")
                .summary("Life events leading to services")
                .atPoint(Roles.ALL)
                .response(Types.listOf(LifeEventDto.class))
                .handle(x -> x.ok(catalog.lifeEvents(x.point())));
        r.get("/api/v1/points/{point}/desks", "listDesks")
                .summary("Desks and the queues they serve")
                .atPoint(Roles.ALL)
                .response(Types.listOf(DeskDto.class))
                .handle(x -> x.ok(
                        catalog.desks(x.point()).stream().map(catalog::deskDto).toList()));
        r.get("/api/v1/points/{point}/service-event-types", "listServiceEventTypes")
                .summary("Configured service-event types")
                .atPoint(Roles.STAFF)
                .response(Types.listOf(ServiceEventTypeDto.class))
                .handle(x -> x.ok(catalog.eventTypes()));
        r.get("/api/v1/points/{point}/directory", "listDirectory")
                .summary("Expert contacts and digital-support providers of the region")
                .atPoint(Roles.STAFF)
                .response(Types.listOf(DirectoryEntryDto.class))
                .handle(x -> x.ok(catalog.directory(x.point())));
    }
}
