package fi.luukku.kiosk.backend;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.CheckInRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.kiosk.CatalogCache;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.KioskCatalog;
import fi.luukku.core.kiosk.TicketIssuer;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real backend: the central service over HTTP, with the offline issuer, outbox and cached catalog. */
public final class ServiceKioskBackend implements KioskBackend {
    private static final Logger log = LoggerFactory.getLogger(ServiceKioskBackend.class);

    private final LuukkuClient client;
    private final String pointId;
    private final String location;
    private final TicketIssuer issuer;
    private final DurableOutbox outbox;
    private final OutboxPump pump;
    private final CatalogCache cache;
    private volatile KioskCatalog catalog;

    public ServiceKioskBackend(
            LuukkuClient client,
            String pointId,
            String location,
            TicketIssuer issuer,
            DurableOutbox outbox,
            OutboxPump pump,
            CatalogCache cache) {
        this.client = client;
        this.pointId = pointId;
        this.location = location;
        this.issuer = issuer;
        this.outbox = outbox;
        this.pump = pump;
        this.cache = cache;
    }

    @Override
    public KioskCatalog catalog() {
        try {
            KioskCatalog fresh = new KioskCatalog(
                    client.point(pointId),
                    client.authorities(pointId),
                    client.services(pointId),
                    lifeEventsOrEmpty(),
                    client.queues(pointId));
            cache.save(fresh);
            knowPrefixes(fresh);
            catalog = fresh;
            issuer.setOnline(true);
            return fresh;
        } catch (ApiException e) {
            if (!e.isUnreachable()) {
                throw e;
            }
            issuer.setOnline(false);
            KioskCatalog cached = cache.load().orElseThrow(() -> e);
            log.warn("service unreachable, using the cached catalog");
            catalog = cached;
            knowPrefixes(cached);
            return cached;
        }
    }

    private void knowPrefixes(KioskCatalog c) {
        if (c.queues() != null) {
            c.queues().forEach(q -> issuer.knowQueuePrefix(q.id(), q.prefix()));
        }
    }

    private List<fi.luukku.core.api.LifeEventDto> lifeEventsOrEmpty() {
        try {
            return client.lifeEvents(pointId);
        } catch (ApiException e) {
            if (e.status() == 404) {
                return List.of(); // a service without life events
            }
            throw e;
        }
    }

    @Override
    public Optional<QueueDto> queue(String queueId) {
        if (!issuer.online() && outbox.pendingCount() > 0) {
            return Optional.empty();
        }
        try {
            Optional<QueueDto> q = client.queues(pointId).stream()
                    .filter(x -> x.id().equals(queueId))
                    .findFirst();
            issuer.setOnline(true);
            return q;
        } catch (ApiException e) {
            if (e.isUnreachable()) {
                issuer.setOnline(false);
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public IssuedTicket issue(
            String serviceId,
            String queueId,
            String language,
            List<String> specialNeeds,
            String interpreterLanguage,
            String idempotencyKey) {
        IssuedTicket t = issuer.issue(serviceId, queueId, language, specialNeeds, interpreterLanguage, idempotencyKey);
        if (t.offline()) {
            pump.wake();
        }
        return t;
    }

    @Override
    public IssuedTicket checkIn(String bookingCode, String language, String idempotencyKey) {
        try {
            IssuedTicket t = IssuedTicket.online(
                    client.checkIn(pointId, new CheckInRequest(bookingCode, language), idempotencyKey), idempotencyKey);
            issuer.setOnline(true);
            return t;
        } catch (ApiException e) {
            if (e.isUnreachable()) {
                issuer.setOnline(false);
            }
            throw e;
        }
    }

    @Override
    public boolean requestHelp(String source, String language, String idempotencyKey) {
        boolean now = issuer.requestHelp(source, location, language, idempotencyKey);
        if (!now) {
            pump.wake();
        }
        return now;
    }

    @Override
    public boolean online() {
        return issuer.online();
    }

    @Override
    public int pendingSync() {
        return outbox.pendingCount();
    }

    @Override
    public List<String> rejectedTickets() {
        return issuer.rejectedNumbers();
    }

    @Override
    public String trackingUrl(String trackingCode) {
        return client.baseUrl()
                .newBuilder()
                .addPathSegment("t")
                .addPathSegment(trackingCode)
                .build()
                .toString();
    }

    @Override
    public void maintain() {
        try {
            client.health();
            issuer.setOnline(true);
        } catch (ApiException e) {
            issuer.setOnline(false);
            return;
        }
        pump.wake();
        KioskCatalog c = catalog;
        if (c != null) {
            issuer.refreshOfflineBlock(c.queues().stream().map(QueueDto::id).toList());
        }
    }
}
