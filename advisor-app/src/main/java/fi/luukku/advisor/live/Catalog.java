package fi.luukku.advisor.live;

import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The point's reference data the console works with: authorities, services, life events, the regional
 * directory, service event types, desks. Loaded after login and again after a stream reset.
 */
public class Catalog {
    /** One load of the catalog, fetched on a background thread. */
    public record Data(
            List<AuthorityDto> authorities,
            List<ServiceDto> services,
            List<LifeEventDto> lifeEvents,
            List<DirectoryEntryDto> directory,
            List<ServiceEventTypeDto> eventTypes,
            List<DeskDto> desks) {}

    private final ObservableList<AuthorityDto> authorities = FXCollections.observableArrayList();
    private final ObservableList<ServiceDto> services = FXCollections.observableArrayList();
    private final ObservableList<LifeEventDto> lifeEvents = FXCollections.observableArrayList();
    private final ObservableList<DirectoryEntryDto> directory = FXCollections.observableArrayList();
    private final ObservableList<ServiceEventTypeDto> eventTypes = FXCollections.observableArrayList();
    private final ObservableList<DeskDto> desks = FXCollections.observableArrayList();

    /** Fetches everything; a part the service does not offer (404) is simply empty. */
    public static Data fetch(ServiceGateway gateway, String pointId) {
        return new Data(
                optional(() -> gateway.authorities(pointId)),
                optional(() -> gateway.services(pointId)),
                optional(() -> gateway.lifeEvents(pointId)),
                optional(() -> gateway.directory(pointId)),
                optional(() -> gateway.serviceEventTypes(pointId)),
                optional(() -> gateway.desks(pointId)));
    }

    private static <T> List<T> optional(Supplier<List<T>> fetch) {
        try {
            List<T> list = fetch.get();
            return list == null ? List.of() : list;
        } catch (ApiException e) {
            if (e.status() == 404 || e.status() == 405 || e.status() == 501) {
                return List.of();
            }
            throw e;
        }
    }

    public void apply(Data data) {
        authorities.setAll(data.authorities());
        services.setAll(data.services());
        lifeEvents.setAll(data.lifeEvents());
        directory.setAll(data.directory());
        eventTypes.setAll(data.eventTypes());
        desks.setAll(data.desks());
    }

    public ObservableList<AuthorityDto> authorities() {
        return authorities;
    }

    public ObservableList<ServiceDto> services() {
        return services;
    }

    public ObservableList<LifeEventDto> lifeEvents() {
        return lifeEvents;
    }

    public ObservableList<DirectoryEntryDto> directory() {
        return directory;
    }

    public ObservableList<ServiceEventTypeDto> eventTypes() {
        return eventTypes;
    }

    public ObservableList<DeskDto> desks() {
        return desks;
    }

    public Optional<AuthorityDto> authority(String id) {
        return authorities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<ServiceDto> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<LifeEventDto> lifeEvent(String id) {
        return lifeEvents.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DeskDto> desk(String id) {
        return desks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DirectoryEntryDto> directoryEntry(String id) {
        return directory.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
