package fi.luukku.advisor.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.advisor.service.TodayStatistics;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.AuthorityDto;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.DirectoryEntryDto;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.IncidentDto;
import fi.luukku.core.api.LifeEventDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LoginResponse;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.Problem;
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
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.json.JsonMapper;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory central service for the console's tests: one point with queues, desks, a directory and event
 * types; tickets that follow the real state rules (409 on a move the state does not allow); an event stream
 * shared by every console that opened one; and switches to take the service "down" or fail the next call.
 */
public class FakeService implements ServiceGateway {
    public static final String POINT = "mikkeli";

    private final ObjectMapper mapper = JsonMapper.create();
    private final Clock clock;
    private final Map<String, TicketDto> tickets = new LinkedHashMap<>();
    private final Map<String, HelpRequestDto> help = new LinkedHashMap<>();
    private final List<AppointmentDto> appointments = new ArrayList<>();
    private final Map<String, Instant> noShowAt = new LinkedHashMap<>();
    private final List<LuukkuEvent> log = new ArrayList<>();
    private final List<EventStreamClient.Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> sequence = new LinkedHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final Map<String, FinishRequest> finished = new LinkedHashMap<>();
    public final Map<String, TriageDto> triages = new LinkedHashMap<>();
    public final List<ReferralRequest> referrals = new ArrayList<>();
    public final List<TransferRequest> transfers = new ArrayList<>();
    public final Map<String, ServiceEventDto> recordedEvents = new LinkedHashMap<>();
    public final Map<String, IncidentDto> incidents = new LinkedHashMap<>();
    private volatile boolean down;
    private ApiException nextFailure;
    private long eventId;
    private int ids;

    public final List<AuthorityDto> authorities = List.of(
            new AuthorityDto("kela", LocalizedText.of("Kela", "FPA", "Kela"), "Kela"),
            new AuthorityDto(
                    "poliisi",
                    LocalizedText.of("Poliisin lupapalvelut", "Polisens tillståndstjänster", "Police permit services"),
                    "Poliisi"),
            new AuthorityDto(
                    "vero", LocalizedText.of("Verohallinto", "Skatteförvaltningen", "Tax Administration"), "Vero"),
            new AuthorityDto(
                    "neuvonta",
                    LocalizedText.of("Palveluneuvonta", "Servicerådgivning", "General advice"),
                    "Neuvonta"));
    public final List<QueueDto> queues = new ArrayList<>(List.of(
            queue("q-neuvonta", "N", "Palveluneuvonta", "Servicerådgivning", "General advice", "neuvonta"),
            queue("q-kela", "K", "Kela", "FPA", "Kela", "kela"),
            queue("q-poliisi", "P", "Poliisi", "Polisen", "Police", "poliisi")));
    public final List<ServiceDto> services = List.of(
            new ServiceDto(
                    "s-passi",
                    "poliisi",
                    "q-poliisi",
                    LocalizedText.of("Passi ja henkilökortti", "Pass och identitetskort", "Passport and identity card"),
                    LocalizedText.of(
                            "Passin ja henkilökortin hakeminen ja noutaminen",
                            "Ansökan om pass och identitetskort",
                            "Applying for a passport or an identity card")),
            new ServiceDto(
                    "s-asumistuki",
                    "kela",
                    "q-kela",
                    LocalizedText.of("Asumistuki", "Bostadsbidrag", "Housing allowance"),
                    LocalizedText.of(
                            "Yleisen asumistuen hakeminen ja muutokset",
                            "Ansökan om allmänt bostadsbidrag",
                            "Applying for the general housing allowance")),
            new ServiceDto(
                    "s-verokortti",
                    "vero",
                    "q-neuvonta",
                    LocalizedText.of("Verokortti", "Skattekort", "Tax card"),
                    LocalizedText.of(
                            "Verokortin muuttaminen OmaVerossa",
                            "Ändring av skattekortet i MinSkatt",
                            "Changing your tax card in MyTax")),
            new ServiceDto(
                    "s-neuvonta",
                    "neuvonta",
                    "q-neuvonta",
                    LocalizedText.of(
                            "En tiedä mitä tarvitsen", "Jag vet inte vad jag behöver", "I don't know what I need"),
                    LocalizedText.of("Palveluneuvoja auttaa", "Servicerådgivaren hjälper", "An advisor helps")));
    public final List<LifeEventDto> lifeEvents = List.of(
            new LifeEventDto("le-muutto", LocalizedText.of("Muutto", "Flytt", "Moving house"), "s-asumistuki", null),
            new LifeEventDto(
                    "le-tyottomyys",
                    LocalizedText.of("Työttömäksi jääminen", "Bli arbetslös", "Losing a job"),
                    null,
                    null));
    public final List<DeskDto> desks = List.of(
            new DeskDto(
                    "desk-1",
                    POINT,
                    LocalizedText.of("Palvelupiste 1", "Betjäningspunkt 1", "Desk 1"),
                    "counter",
                    List.of("q-neuvonta", "q-kela")),
            new DeskDto(
                    "desk-2",
                    POINT,
                    LocalizedText.of("Palvelupiste 2", "Betjäningspunkt 2", "Desk 2"),
                    "counter",
                    List.of("q-neuvonta", "q-kela", "q-poliisi")),
            new DeskDto(
                    "room-1",
                    POINT,
                    LocalizedText.of("Etäpalveluhuone", "Distanstjänstrum", "Remote-service room"),
                    "remote-room",
                    List.of("q-kela")));
    public final List<DirectoryEntryDto> directory = List.of(
            new DirectoryEntryDto(
                    "d-kirjasto",
                    "digital-support",
                    LocalizedText.of(
                            "Mikkelin kaupunginkirjaston digituki",
                            "Digistöd vid Sankt Michels stadsbibliotek",
                            "Digital support at Mikkeli city library"),
                    LocalizedText.of(
                            "Henkilökohtaista opastusta älypuhelimen, tabletin ja tietokoneen käyttöön",
                            "Personlig handledning i att använda smarttelefon, surfplatta och dator",
                            "Personal guidance with smartphones, tablets and computers"),
                    "015 194 2120",
                    "kirjasto@mikkeli.fi",
                    "https://www.mikkeli.fi/digituki",
                    "Raatihuoneenkatu 6, Mikkeli",
                    List.of("digituki", "pankkitunnukset")),
            new DirectoryEntryDto(
                    "d-kela-expert",
                    "expert",
                    LocalizedText.of("Kelan asiantuntija, etuudet", "FPA:s sakkunnig", "Kela benefits expert"),
                    LocalizedText.of(
                            "Asumistuki ja toimeentulotuki",
                            "Bostadsbidrag",
                            "Housing allowance and social assistance"),
                    "020 692 200",
                    null,
                    null,
                    null,
                    List.of()));
    public final List<ServiceEventTypeDto> eventTypes = List.of(
            new ServiceEventTypeDto(
                    "ev-docs",
                    LocalizedText.of("Asiakirjat vastaanotettu", "Handlingar mottagna", "Documents received"),
                    1,
                    null),
            new ServiceEventTypeDto(
                    "ev-short", LocalizedText.of("Lyhyt neuvonta", "Kort rådgivning", "Short advice"), 2, null),
            new ServiceEventTypeDto(
                    "ev-long", LocalizedText.of("Pitkä neuvonta", "Lång rådgivning", "Long advice"), 5, null),
            new ServiceEventTypeDto(
                    "ev-remote",
                    LocalizedText.of("Etäyhteys avattu", "Distansförbindelse öppnad", "Remote connection opened"),
                    3,
                    null));

    public FakeService(Clock clock) {
        this.clock = clock;
    }

    private static QueueDto queue(String id, String prefix, String fi, String sv, String en, String authority) {
        return new QueueDto(id, POINT, prefix, LocalizedText.of(fi, sv, en), authority, 0, 0, 0, 0, 1);
    }

    // ---- switches ----------------------------------------------------------------------------------

    /** Takes the service away (every call fails as unreachable, streams report RECONNECTING) or brings it back. */
    public void setDown(boolean isDown) {
        this.down = isDown;
        for (EventStreamClient.Listener l : listeners) {
            l.onLinkState(isDown ? EventStreamClient.LinkState.RECONNECTING : EventStreamClient.LinkState.CONNECTED);
        }
    }

    public void failNext(int status, String detail) {
        nextFailure = new ApiException(
                status, new Problem("about:blank", "failure", status, detail, null), "HTTP " + status, null);
    }

    private synchronized void enter(String call) {
        calls.add(call);
        if (down) {
            throw ApiException.unreachable(new ConnectException("Connection refused"));
        }
        if (nextFailure != null) {
            ApiException e = nextFailure;
            nextFailure = null;
            throw e;
        }
    }

    private static ApiException conflict(String detail) {
        return new ApiException(
                409, new Problem("https://luukku.fi/problems/conflict", "Conflict", 409, detail, null), detail, null);
    }

    private static ApiException notFound(String what) {
        return new ApiException(404, new Problem("about:blank", "Not found", 404, what, null), what, null);
    }

    // ---- test helpers (not part of the gateway) ----------------------------------------------------

    public synchronized TicketDto issue(String queueId, String language, List<String> needs) {
        QueueDto q =
                queues.stream().filter(x -> x.id().equals(queueId)).findFirst().orElseThrow();
        int n = sequence.merge(queueId, 1, Integer::sum);
        String id = "t" + (++ids);
        Instant at = clock.instant();
        TicketDto t = new TicketDto(
                id,
                String.format("%s%03d", q.prefix(), n),
                POINT,
                queueId,
                services.stream()
                        .filter(s -> s.queueId().equals(queueId))
                        .map(ServiceDto::id)
                        .findFirst()
                        .orElse(null),
                TicketStatus.WAITING,
                null,
                language,
                needs,
                null,
                at,
                null,
                null,
                null,
                0,
                0,
                0,
                "trk" + id,
                null,
                false,
                null,
                null,
                null);
        tickets.put(id, t);
        publish(EventTypes.TICKET_ISSUED, t);
        publishQueue(queueId);
        return t;
    }

    /** A checked-in appointment of the queue at the given time: its ticket waits until the time comes. */
    public synchronized TicketDto checkInAppointment(String queueId, Instant startsAt) {
        TicketDto plain = issue(queueId, "fi", List.of());
        String appointmentId = "a" + (++ids);
        TicketDto t = new TicketDto(
                plain.id(),
                plain.number(),
                plain.pointId(),
                plain.queueId(),
                plain.serviceId(),
                plain.status(),
                null,
                plain.language(),
                plain.specialNeeds(),
                null,
                plain.issuedAt(),
                null,
                null,
                null,
                0,
                0,
                0,
                plain.trackingCode(),
                appointmentId,
                false,
                null,
                null,
                null);
        tickets.put(t.id(), t);
        AppointmentDto a = new AppointmentDto(
                appointmentId, POINT, "kela", queueId, startsAt, "B" + ids, List.of(), "CHECKED_IN", t.id());
        appointments.add(a);
        publish(EventTypes.APPOINTMENT_CHECKED_IN, a);
        publish(EventTypes.TICKET_UPDATED, t);
        return t;
    }

    private boolean notYetDue(TicketDto t) {
        return t.appointmentId() != null
                && appointments.stream()
                        .anyMatch(a ->
                                a.id().equals(t.appointmentId()) && a.startsAt().isAfter(clock.instant()));
    }

    public synchronized HelpRequestDto requestHelp(String location) {
        HelpRequestDto h =
                new HelpRequestDto("h" + (++ids), POINT, "kiosk", location, "fi", clock.instant(), null, null);
        help.put(h.id(), h);
        publish(EventTypes.HELP_REQUESTED, h);
        return h;
    }

    public synchronized TicketDto ticketById(String id) {
        return tickets.get(id);
    }

    public synchronized void emit(String type, Object data) {
        publish(type, data);
    }

    public int streamCount() {
        return listeners.size();
    }

    private void publish(String type, Object data) {
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        LuukkuEvent e = new LuukkuEvent(++eventId, type, json);
        log.add(e);
        if (!down) {
            for (EventStreamClient.Listener l : listeners) {
                l.onEvent(e);
            }
        }
    }

    private void publishQueue(String queueId) {
        for (int i = 0; i < queues.size(); i++) {
            QueueDto q = queues.get(i);
            if (q.id().equals(queueId)) {
                int waiting = (int) tickets.values().stream()
                        .filter(t -> t.queueId().equals(queueId) && t.status() == TicketStatus.WAITING)
                        .count();
                long longest = tickets.values().stream()
                        .filter(t -> t.queueId().equals(queueId) && t.status() == TicketStatus.WAITING)
                        .mapToLong(t ->
                                Duration.between(t.issuedAt(), clock.instant()).getSeconds())
                        .max()
                        .orElse(0);
                QueueDto u = new QueueDto(
                        q.id(), POINT, q.prefix(), q.name(), q.authorityId(), waiting, waiting * 300L, longest, 0, 1);
                queues.set(i, u);
                publish(EventTypes.QUEUE_UPDATED, u);
            }
        }
    }

    // ---- the gateway -------------------------------------------------------------------------------

    @Override
    public void health() {
        enter("health");
    }

    @Override
    public LoginResponse login(LoginRequest request) {
        enter("login");
        if (!"demo".equals(request.password())) {
            throw new ApiException(
                    401, new Problem("about:blank", "Unauthorized", 401, "bad credentials", null), "401", null);
        }
        signedIn = true;
        String role = request.username().startsWith("kiosk") ? "KIOSK" : "ADVISOR";
        return new LoginResponse(
                "token-" + request.username(),
                request.username(),
                "Advisor " + request.username(),
                role,
                POINT,
                null,
                request.deskId(),
                clock.instant().plusSeconds(3600));
    }

    @Override
    public void logout() {
        enter("logout");
        signedIn = false;
    }

    /** Whether a staff member is signed in (the point's details are for signed-in callers only). */
    public volatile boolean signedIn;

    @Override
    public PointDto point(String pointId) {
        enter("point");
        if (!signedIn) {
            throw new ApiException(
                    401,
                    new Problem("https://luukku.fi/problems/unauthorized", "Unauthorized", 401, "no token", null),
                    "401",
                    null);
        }
        return new PointDto(
                POINT,
                LocalizedText.of("Mikkelin palvelupiste", "Servicepunkten i S:t Michel", "Mikkeli service point"),
                "Mikkeli",
                null,
                List.of("fi"),
                List.of(),
                "Europe/Helsinki");
    }

    @Override
    public List<DeskDto> desks(String pointId) {
        enter("desks");
        return desks;
    }

    @Override
    public synchronized List<QueueDto> queues(String pointId) {
        enter("queues");
        return List.copyOf(queues);
    }

    @Override
    public synchronized SnapshotDto snapshot(String pointId) {
        enter("snapshot");
        return new SnapshotDto(
                eventId,
                new PointDto(
                        POINT,
                        LocalizedText.of("Mikkeli", "S:t Michel", "Mikkeli"),
                        "Mikkeli",
                        null,
                        List.of("fi"),
                        List.of(),
                        "Europe/Helsinki"),
                List.copyOf(queues),
                tickets.values().stream().filter(t -> t.status().isOpen()).toList(),
                List.of(),
                help.values().stream().filter(h -> h.acknowledgedAt() == null).toList(),
                List.of());
    }

    @Override
    public List<AuthorityDto> authorities(String pointId) {
        enter("authorities");
        return authorities;
    }

    @Override
    public List<ServiceDto> services(String pointId) {
        enter("services");
        return services;
    }

    @Override
    public List<LifeEventDto> lifeEvents(String pointId) {
        enter("lifeEvents");
        return lifeEvents;
    }

    @Override
    public List<DirectoryEntryDto> directory(String pointId) {
        enter("directory");
        return directory;
    }

    @Override
    public List<ServiceEventTypeDto> serviceEventTypes(String pointId) {
        enter("serviceEventTypes");
        return eventTypes;
    }

    @Override
    public synchronized Optional<TicketDto> callNext(String pointId, String deskId) {
        enter("callNext");
        DeskDto desk =
                desks.stream().filter(d -> d.id().equals(deskId)).findFirst().orElseThrow();
        Optional<TicketDto> next = tickets.values().stream()
                .filter(t ->
                        t.status() == TicketStatus.WAITING && desk.queueIds().contains(t.queueId()))
                .filter(t -> !notYetDue(t))
                .min(Comparator.comparing(TicketDto::priority).reversed().thenComparing(TicketDto::issuedAt));
        return next.map(t -> move(t, TicketStatus.CALLED, deskId, EventTypes.TICKET_CALLED));
    }

    @Override
    public synchronized TicketDto call(String ticketId, String deskId) {
        enter("call");
        return move(get(ticketId), TicketStatus.CALLED, deskId, EventTypes.TICKET_CALLED);
    }

    @Override
    public synchronized TicketDto recall(String ticketId) {
        enter("recall");
        TicketDto t = get(ticketId);
        if (t.status() != TicketStatus.CALLED) {
            throw conflict("ticket " + t.number() + " is " + t.status() + ", not CALLED");
        }
        TicketDto r = with(t, TicketStatus.CALLED, t.deskId(), t.recalls() + 1, t.queueId(), t.priority());
        tickets.put(r.id(), r);
        publish(EventTypes.TICKET_RECALLED, r);
        return r;
    }

    @Override
    public synchronized TicketDto start(String ticketId) {
        enter("start");
        return move(get(ticketId), TicketStatus.SERVING, null, EventTypes.TICKET_STARTED);
    }

    @Override
    public synchronized TicketDto noShow(String ticketId) {
        enter("noShow");
        noShowAt.put(ticketId, clock.instant());
        return move(get(ticketId), TicketStatus.NO_SHOW, null, EventTypes.TICKET_NO_SHOW);
    }

    @Override
    public synchronized TicketDto undoNoShow(String ticketId) {
        enter("undoNoShow");
        TicketDto t = get(ticketId);
        Instant at = noShowAt.get(ticketId);
        if (t.status() != TicketStatus.NO_SHOW
                || at == null
                || at.plus(Duration.ofMinutes(5)).isBefore(clock.instant())) {
            throw conflict("ticket " + t.number() + " is not a no-show of the last five minutes");
        }
        TicketDto w = with(t, TicketStatus.WAITING, null, 0, t.queueId(), t.priority());
        tickets.put(w.id(), w);
        publish(EventTypes.TICKET_NO_SHOW_UNDONE, w);
        publishQueue(w.queueId());
        return w;
    }

    @Override
    public synchronized List<AppointmentDto> appointments(String pointId) {
        enter("appointments");
        return List.copyOf(appointments);
    }

    @Override
    public synchronized TicketDto park(String ticketId) {
        enter("park");
        return move(get(ticketId), TicketStatus.PARKED, null, EventTypes.TICKET_PARKED);
    }

    @Override
    public synchronized TicketDto transfer(String ticketId, TransferRequest request) {
        enter("transfer");
        TicketDto t = get(ticketId);
        if (!t.status().canMoveTo(TicketStatus.TRANSFERRED)) {
            throw conflict("cannot transfer a " + t.status() + " ticket");
        }
        transfers.add(request);
        TicketDto w = with(t, TicketStatus.WAITING, null, t.recalls(), request.queueId(), request.toFront());
        TicketDto moved = new TicketDto(
                w.id(),
                w.number(),
                w.pointId(),
                w.queueId(),
                w.serviceId(),
                w.status(),
                w.deskId(),
                w.language(),
                w.specialNeeds(),
                w.interpreterLanguage(),
                w.issuedAt(),
                w.calledAt(),
                w.startedAt(),
                w.finishedAt(),
                w.recalls(),
                w.peopleAhead(),
                w.estimatedWaitSeconds(),
                w.trackingCode(),
                w.appointmentId(),
                w.priority(),
                w.plan(),
                w.triage(),
                request.notes());
        tickets.put(moved.id(), moved);
        publish(EventTypes.TICKET_TRANSFERRED, moved);
        publishQueue(t.queueId());
        publishQueue(request.queueId());
        return moved;
    }

    @Override
    public synchronized TicketDto finish(String ticketId, FinishRequest request) {
        enter("finish");
        TicketDto done = move(get(ticketId), TicketStatus.FINISHED, null, EventTypes.TICKET_FINISHED);
        finished.put(ticketId, request);
        return done;
    }

    @Override
    public synchronized TicketDto updateTriage(String ticketId, TriageDto triage) {
        enter("updateTriage");
        TicketDto t = get(ticketId);
        if (!t.status().isOpen()) {
            throw conflict("ticket is closed");
        }
        triages.put(ticketId, triage);
        TicketDto u = new TicketDto(
                t.id(),
                t.number(),
                t.pointId(),
                t.queueId(),
                t.serviceId(),
                t.status(),
                t.deskId(),
                t.language(),
                t.specialNeeds(),
                t.interpreterLanguage(),
                t.issuedAt(),
                t.calledAt(),
                t.startedAt(),
                t.finishedAt(),
                t.recalls(),
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                t.trackingCode(),
                t.appointmentId(),
                t.priority(),
                t.plan(),
                triage,
                triage.notes());
        tickets.put(t.id(), u);
        publish(EventTypes.TICKET_UPDATED, u);
        return u;
    }

    @Override
    public synchronized ServiceEventDto recordServiceEvent(String ticketId, ServiceEventDto event, String key) {
        enter("recordServiceEvent");
        recordedEvents.putIfAbsent(key, event);
        return recordedEvents.get(key);
    }

    @Override
    public synchronized ReferralDto refer(String ticketId, ReferralRequest request) {
        enter("refer");
        TicketDto t = get(ticketId);
        if (!t.status().isOpen()) {
            throw conflict("ticket is closed");
        }
        referrals.add(request);
        return new ReferralDto("r" + (++ids), ticketId, request.kind(), null, null, null, clock.instant());
    }

    @Override
    public synchronized HelpRequestDto acknowledgeHelp(String helpId) {
        enter("acknowledgeHelp");
        HelpRequestDto h = help.get(helpId);
        if (h == null) {
            throw notFound(helpId);
        }
        if (h.acknowledgedAt() != null) {
            throw conflict("already acknowledged by " + h.acknowledgedBy());
        }
        HelpRequestDto a = new HelpRequestDto(
                h.id(),
                h.pointId(),
                h.source(),
                h.location(),
                h.language(),
                h.requestedAt(),
                "advisor",
                clock.instant());
        help.put(a.id(), a);
        publish(EventTypes.HELP_ACKNOWLEDGED, a);
        return a;
    }

    @Override
    public synchronized IncidentDto recordIncident(String pointId, IncidentDto incident, String key) {
        enter("recordIncident");
        incidents.putIfAbsent(key, incident);
        return incidents.get(key);
    }

    @Override
    public synchronized TodayStatistics todayStatistics(String pointId) {
        enter("todayStatistics");
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("issued", tickets.size());
        m.put("finished", finished.size());
        m.put(
                "waiting",
                tickets.values().stream()
                        .filter(t -> t.status() == TicketStatus.WAITING)
                        .count());
        m.put("averageWaitSeconds", 125);
        return new TodayStatistics(m);
    }

    @Override
    public synchronized AutoCloseable openEventStream(
            String pointId, long lastEventId, EventStreamClient.Listener listener) {
        calls.add("openEventStream");
        listeners.add(listener);
        listener.onLinkState(down ? EventStreamClient.LinkState.RECONNECTING : EventStreamClient.LinkState.CONNECTED);
        if (!down) {
            for (LuukkuEvent e : List.copyOf(log)) {
                if (e.id() > lastEventId) {
                    listener.onEvent(e);
                }
            }
        }
        return () -> listeners.remove(listener);
    }

    @Override
    public String trackingUrl(String trackingCode) {
        return "http://luukku.test/t/" + trackingCode;
    }

    // ---- rules -------------------------------------------------------------------------------------

    private TicketDto get(String id) {
        TicketDto t = tickets.get(id);
        if (t == null) {
            throw notFound("ticket " + id);
        }
        return t;
    }

    private TicketDto move(TicketDto t, TicketStatus to, String deskId, String eventType) {
        if (!t.status().canMoveTo(to) || (to == TicketStatus.CALLED && t.status() == TicketStatus.CALLED)) {
            throw conflict("ticket " + t.number() + " is " + t.status() + " and cannot become " + to);
        }
        TicketDto m = with(t, to, deskId != null ? deskId : t.deskId(), t.recalls(), t.queueId(), t.priority());
        tickets.put(m.id(), m);
        publish(eventType, m);
        publishQueue(t.queueId());
        return m;
    }

    private TicketDto with(TicketDto t, TicketStatus s, String deskId, int recalls, String queueId, boolean priority) {
        Instant now = clock.instant();
        return new TicketDto(
                t.id(),
                t.number(),
                t.pointId(),
                queueId,
                t.serviceId(),
                s,
                s == TicketStatus.WAITING ? null : deskId,
                t.language(),
                t.specialNeeds(),
                t.interpreterLanguage(),
                t.issuedAt(),
                s == TicketStatus.CALLED ? now : t.calledAt(),
                s == TicketStatus.SERVING ? now : t.startedAt(),
                s == TicketStatus.FINISHED ? now : t.finishedAt(),
                recalls,
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                t.trackingCode(),
                t.appointmentId(),
                priority,
                t.plan(),
                t.triage(),
                t.notes());
    }

    /** The shared test clock ({@link fi.luukku.core.testing.MutableClock}) in the points' zone. */
    public static final class MutableClock extends fi.luukku.core.testing.MutableClock {
        public MutableClock(Instant start) {
            super(start, java.time.ZoneId.of("Europe/Helsinki"));
        }
    }
}
