package fi.luukku.core.kiosk;

import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceDto;
import java.util.List;
import java.util.Optional;

/**
 * What the kiosk offers at its point: the point, its authorities, services, life events and queues. Cached on
 * disk so a kiosk started while the service is away still shows its choices.
 */
public record KioskCatalog(
        PointDto point,
        List<AuthorityDto> authorities,
        List<ServiceDto> services,
        List<LifeEventDto> lifeEvents,
        List<QueueDto> queues) {

    public KioskCatalog {
        authorities = List.copyOf(authorities);
        services = List.copyOf(services);
        lifeEvents = List.copyOf(lifeEvents);
        queues = List.copyOf(queues);
    }

    public Optional<ServiceDto> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<QueueDto> queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<AuthorityDto> authority(String id) {
        return authorities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<ServiceDto> servicesOf(String authorityId) {
        return services.stream()
                .filter(s -> authorityId.equals(s.authorityId()))
                .toList();
    }

    public KioskCatalog withQueues(List<QueueDto> fresh) {
        return new KioskCatalog(point, authorities, services, lifeEvents, fresh);
    }
}
