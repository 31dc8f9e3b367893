package fi.luukku.advisor.service;

import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.PointDto;
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
import java.util.List;
import java.util.Optional;

/**
 * Everything the console asks of the central service. The real one wraps {@code LuukkuClient} and
 * {@code EventStreamClient}; tests use an in-memory fake. Every method blocks and fails with
 * {@code ApiException}.
 */
public interface ServiceGateway {

    void health();

    LoginResponse login(LoginRequest request);

    void logout();

    List<DeskDto> desks(String pointId);

    /** The service point (its localized name); the service may show it to signed-in callers only. */
    PointDto point(String pointId);

    List<QueueDto> queues(String pointId);

    SnapshotDto snapshot(String pointId);

    List<AuthorityDto> authorities(String pointId);

    List<ServiceDto> services(String pointId);

    List<LifeEventDto> lifeEvents(String pointId);

    List<DirectoryEntryDto> directory(String pointId);

    List<ServiceEventTypeDto> serviceEventTypes(String pointId);

    Optional<TicketDto> callNext(String pointId, String deskId);

    TicketDto call(String ticketId, String deskId);

    TicketDto recall(String ticketId);

    TicketDto start(String ticketId);

    TicketDto noShow(String ticketId);

    /** Takes back a no-show of the last five minutes: the ticket waits at its old place again. */
    TicketDto undoNoShow(String ticketId);

    /** Today's appointments of the point (their times show in the waiting list). */
    List<AppointmentDto> appointments(String pointId);

    TicketDto park(String ticketId);

    TicketDto transfer(String ticketId, TransferRequest request);

    TicketDto finish(String ticketId, FinishRequest request);

    TicketDto updateTriage(String ticketId, TriageDto triage);

    ServiceEventDto recordServiceEvent(String ticketId, ServiceEventDto event, String idempotencyKey);

    ReferralDto refer(String ticketId, ReferralRequest request);

    HelpRequestDto acknowledgeHelp(String helpId);

    IncidentDto recordIncident(String pointId, IncidentDto incident, String idempotencyKey);

    /** Today's figures for the point (counts by name), as the service reports them. */
    TodayStatistics todayStatistics(String pointId);

    /** Follows the point's event stream from {@code lastEventId}; closing the handle stops it. */
    AutoCloseable openEventStream(String pointId, long lastEventId, EventStreamClient.Listener listener);

    /** The citizen's tracking page for a ticket, for the QR on a referral slip. */
    String trackingUrl(String trackingCode);
}
