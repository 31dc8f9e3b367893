package fi.luukku.advisor.service;

import com.fasterxml.jackson.core.type.TypeReference;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DailyStatsDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ReferralDto;
import fi.luukku.core.api.ReferralRequest;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.ServiceEventTypeDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.events.EventStreamClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The real gateway: the shared REST client and the shared event-stream client. */
public final class HttpServiceGateway implements ServiceGateway {
    private final LuukkuClient client;
    private final Supplier<String> token;

    public HttpServiceGateway(LuukkuClient client, Supplier<String> token) {
        this.client = client;
        this.token = token;
    }

    @Override
    public void health() {
        client.health();
    }

    @Override
    public LoginResponse login(LoginRequest request) {
        return client.login(request);
    }

    @Override
    public void logout() {
        client.logout();
    }

    @Override
    public fi.luukku.core.api.PointDto point(String pointId) {
        return client.point(pointId);
    }

    @Override
    public List<DeskDto> desks(String pointId) {
        return client.desks(pointId);
    }

    @Override
    public List<QueueDto> queues(String pointId) {
        return client.queues(pointId);
    }

    @Override
    public SnapshotDto snapshot(String pointId) {
        return client.snapshot(pointId);
    }

    @Override
    public List<AuthorityDto> authorities(String pointId) {
        return client.authorities(pointId);
    }

    @Override
    public List<ServiceDto> services(String pointId) {
        return client.services(pointId);
    }

    @Override
    public List<LifeEventDto> lifeEvents(String pointId) {
        return client.lifeEvents(pointId);
    }

    @Override
    public List<DirectoryEntryDto> directory(String pointId) {
        return client.directory(pointId);
    }

    @Override
    public List<ServiceEventTypeDto> serviceEventTypes(String pointId) {
        return client.serviceEventTypes(pointId);
    }

    @Override
    public Optional<TicketDto> callNext(String pointId, String deskId) {
        return client.callNext(pointId, deskId);
    }

    @Override
    public TicketDto call(String ticketId, String deskId) {
        return client.call(ticketId, deskId);
    }

    @Override
    public TicketDto recall(String ticketId) {
        return client.recall(ticketId);
    }

    @Override
    public TicketDto start(String ticketId) {
        return client.start(ticketId);
    }

    @Override
    public TicketDto noShow(String ticketId) {
        return client.noShow(ticketId);
    }

    @Override
    public TicketDto undoNoShow(String ticketId) {
        return client.undoNoShow(ticketId);
    }

    @Override
    public List<AppointmentDto> appointments(String pointId) {
        return client.appointments(pointId, null);
    }

    @Override
    public TicketDto park(String ticketId) {
        return client.park(ticketId);
    }

    @Override
    public TicketDto transfer(String ticketId, TransferRequest request) {
        return client.transfer(ticketId, request);
    }

    @Override
    public TicketDto finish(String ticketId, FinishRequest request) {
        return client.finish(ticketId, request);
    }

    @Override
    public TicketDto updateTriage(String ticketId, TriageDto triage) {
        return client.updateTriage(ticketId, triage);
    }

    @Override
    public ServiceEventDto recordServiceEvent(String ticketId, ServiceEventDto event, String idempotencyKey) {
        return client.recordServiceEvent(ticketId, event, idempotencyKey);
    }

    @Override
    public ReferralDto refer(String ticketId, ReferralRequest request) {
        return client.refer(ticketId, request);
    }

    @Override
    public HelpRequestDto acknowledgeHelp(String helpId) {
        return client.acknowledgeHelp(helpId);
    }

    @Override
    public IncidentDto recordIncident(String pointId, IncidentDto incident, String idempotencyKey) {
        return client.recordIncident(pointId, incident, idempotencyKey);
    }

    @Override
    public TodayStatistics todayStatistics(String pointId) {
        DailyStatsDto d =
                client.getJson("api/v1/points/" + pointId + "/stats/daily", new TypeReference<DailyStatsDto>() {});
        if (d == null) {
            throw new ApiException(404, null, "no statistics", null);
        }
        return fromDaily(d);
    }

    /** The service's daily figures in the order the console shows them. */
    static TodayStatistics fromDaily(DailyStatsDto d) {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("issued", d.issued());
        m.put("open", d.open());
        m.put("finished", d.finished());
        m.put("noShows", d.noShows());
        m.put("cancelled", d.cancelled());
        m.put("averageWaitSeconds", d.averageWaitSeconds());
        m.put("maxWaitSeconds", d.maxWaitSeconds());
        m.put("averageServiceSeconds", d.averageServiceSeconds());
        int events = d.serviceEvents() == null
                ? 0
                : d.serviceEvents().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
        m.put("serviceEvents", events);
        if (d.averageAssessment() != null) {
            m.put("averageAssessment", d.averageAssessment());
        }
        m.put("feedbackCount", d.feedbackCount());
        if (d.averageRating() != null) {
            m.put("averageRating", d.averageRating());
        }
        m.put("helpRequests", d.helpRequests());
        m.put("incidents", d.incidents());
        return new TodayStatistics(m);
    }

    @Override
    public AutoCloseable openEventStream(String pointId, long lastEventId, EventStreamClient.Listener listener) {
        EventStreamClient stream =
                new EventStreamClient(client.baseUrl(), pointId, token, client.httpClient(), lastEventId, listener);
        stream.start();
        return stream;
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
}
