package fi.luukku.service.ticket;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.CallRequest;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.Role;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.WireNames;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.i18n.CitizenLanguage;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.queue.CallNextSelector;
import fi.luukku.service.queue.ServiceWaitEstimates;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The queue engine's façade: issuing, calling and moving tickets through their life. It checks and sequences;
 * the SQL is in {@link TicketRepository}, the allowed moves in {@link fi.luukku.core.domain.TicketLifecycle}
 * (applied by {@link TicketCommands}), numbers in {@link TicketNumbering}, the call rule in {@link CallNextSelector}, estimates in {@link ServiceWaitEstimates}.
 */
public final class TicketService {
    private final Database db;
    private final Mutations mutations;
    private final Catalog catalog;
    private final Clock clock;
    private final ZoneId zone;
    private final Set<String> priorityNeeds;
    private final TicketRepository repository;
    private final TicketAssembler assembler;
    private final TicketNumbering numbering;
    private final TicketAccess access;
    private final TicketCommands commands;
    private final CallNextSelector callNextSelector;

    public TicketService(
            Database db,
            Mutations mutations,
            Catalog catalog,
            AuthService auth,
            ObjectMapper mapper,
            Clock clock,
            ServiceConfig config) {
        this.db = db;
        this.mutations = mutations;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = config.zone();
        this.priorityNeeds = config.priorityNeeds();
        this.repository = new TicketRepository();
        int priorityCap = config.intValue("queue.priorityCap");
        this.callNextSelector = new CallNextSelector(priorityCap);
        ServiceWaitEstimates waits = new ServiceWaitEstimates(
                catalog,
                (sql, d) -> auth.openDesks(sql, List.of(d)) > 0,
                clock,
                zone,
                priorityCap,
                config.intValue("queue.defaultServiceMinutes") * 60_000L);
        this.assembler = new TicketAssembler(
                repository, new StaffedDesks(catalog, auth), waits, catalog, mapper, clock, this::today);
        this.numbering = new TicketNumbering(repository, assembler, catalog);
        this.access = new TicketAccess(catalog);
        this.commands = new TicketCommands(
                db,
                mutations,
                repository,
                assembler,
                access,
                catalog,
                mapper,
                clock,
                config.intValue("queue.noShowAfterRecalls"));
        mutations.setQueueEmitter((ctx, q) -> ctx.emit(EventTypes.QUEUE_UPDATED, assembler.queueDto(ctx.sql, q)));
        mutations.setRelatedQueues(
                q -> { // a desk shared by queues: a call in one moves the waits of the others
                    java.util.Set<String> related = new java.util.TreeSet<>();
                    catalog.desksServing(q).forEach(d -> related.addAll(d.queueIds()));
                    return related;
                });
    }

    public String today() {
        return LocalDate.now(clock.withZone(zone)).toString();
    }

    long nowMillis() {
        return clock.millis();
    }

    // ---- reading ----------------------------------------------------------------------------------

    public List<TicketDto> openTickets(String pointId) {
        return db.read(sql -> openTickets(sql, pointId));
    }

    /** Today's open tickets of a point, read on the caller's connection. */
    public List<TicketDto> openTickets(Sql sql, String pointId) throws SQLException {
        return assembler.toDtos(sql, repository.open(sql, pointId, today()));
    }

    public List<TicketDto> recentCalls(Sql sql, String pointId, int limit) throws SQLException {
        return repository.called(sql, pointId, today(), limit).stream()
                .map(r -> assembler.toDto(r, 0, 0))
                .toList();
    }

    public TicketDto ticket(Principal p, String ticketId) {
        return db.read(sql -> {
            TicketRow t = repository.load(sql, ticketId);
            access.requireAt(p, t);
            return TicketViews.forViewer(p, assembler.toDto(sql, t));
        });
    }

    public Optional<TicketDto> byTrackingCode(String code) {
        return db.read(sql -> {
            Optional<TicketRow> t = repository.byTrackingCode(sql, code);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(TicketViews.forDevice(assembler.toDto(sql, t.get())));
        });
    }

    public List<QueueDto> queues(String pointId) {
        return db.read(sql -> assembler.queues(sql, pointId));
    }

    public List<QueueDto> queues(Sql sql, String pointId) throws SQLException {
        return assembler.queues(sql, pointId);
    }

    /** Refuses (403/404) a caller who may not act on the ticket, before its body is even read. */
    public void requireAccess(Principal p, String ticketId) {
        TicketRow t = db.read(sql -> repository.load(sql, ticketId));
        access.requireActor(p, t);
    }

    // ---- issuing ----------------------------------------------------------------------------------

    public TicketDto issue(Principal p, String pointId, IssueTicketRequest r, String idemKey) {
        // the request's shape was checked at the edge (RequestShapes); what follows needs the catalogue
        String serviceId = r.serviceId();
        ServiceDto service = catalog.service(serviceId)
                .filter(s -> pointId.equals(catalog.servicePoint(s.id())))
                .orElseThrow(() -> new Invalid("serviceId", "no service " + serviceId + " at " + pointId));
        String language = language(r.language());
        List<String> needs = needs(r.specialNeeds());
        String interpreter = r.interpreterLanguage();
        List<String> plan = r.plan() == null ? List.of() : r.plan();
        for (String q : plan) {
            if (catalog.queue(q).filter(x -> x.pointId().equals(pointId)).isEmpty()) {
                throw new Invalid("plan", "no queue " + q + " at " + pointId);
            }
        }
        boolean offline = r.offlineNumber() != null || r.offlineIssuedAt() != null;
        String kioskId = r.kioskId();
        String printed = offline ? r.offlineNumber().trim().toUpperCase(Locale.ROOT) : null;
        String scope = idemKey == null ? null : "ticket:" + pointId + ":" + idemKey;
        Mutations.Repeat<TicketDto> onRepeat =
                offline ? (ctx, stored) -> numbering.renumber(ctx, stored, printed) : null;
        boolean priority = needs.stream().anyMatch(priorityNeeds::contains);
        return mutations.run(
                pointId,
                scope,
                TicketDto.class,
                ctx -> {
                    Catalog.Queue queue = catalog.queue(service.queueId()).orElseThrow();
                    long now = clock.millis();
                    String number;
                    String day;
                    long issuedAt;
                    if (offline) {
                        // a kiosk clock ahead of ours: the ticket was issued now at the latest
                        long claimed = Math.min(r.offlineIssuedAt().toEpochMilli(), now);
                        day = LocalDate.ofInstant(Instant.ofEpochMilli(claimed), zone)
                                .toString();
                        number = printed;
                        issuedAt = numbering.acceptOffline(ctx.sql, pointId, kioskId, queue, number, day, claimed);
                    } else {
                        issuedAt = now;
                        day = today();
                        number = numbering.nextOnline(ctx.sql, queue, day);
                    }
                    TicketRow t = repository.insert(
                            ctx.sql,
                            pointId,
                            day,
                            number,
                            queue.id(),
                            service.id(),
                            language,
                            needs,
                            interpreter,
                            issuedAt,
                            issuedAt,
                            null,
                            null,
                            priority,
                            plan,
                            kioskId,
                            offline);
                    TicketDto dto = assembler.toDto(ctx.sql, t);
                    ctx.emit(EventTypes.TICKET_ISSUED, dto);
                    ctx.queueChanged(queue.id());
                    return dto;
                },
                onRepeat);
    }

    /** Special needs as the edge accepted them (any case), by their constant names, each once. */
    static List<String> needs(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String s : raw) {
                out.add(WireNames.parse(SpecialNeed.class, s).name());
            }
        }
        return List.copyOf(out);
    }

    /** A citizen language code as the edge accepted it (any case); Finnish when none was given. */
    static String language(String code) {
        return CitizenLanguage.ofCode(code).map(CitizenLanguage::code).orElse("fi");
    }

    // ---- calling ----------------------------------------------------------------------------------

    /** Calls the next customer to the desk; empty when nobody waits for it. */
    public Optional<TicketDto> callNext(Principal p, String pointId, String deskId) {
        Catalog.Desk desk = catalog.desk(deskId).orElseThrow(() -> new NotFound("desk", deskId));
        if (!desk.pointId().equals(pointId)) {
            throw new NotFound("desk", deskId + " at " + pointId);
        }
        List<Catalog.DeskQueue> queues = desk.queues();
        if (p.role() == Role.AUTHORITY_EXPERT) {
            queues = queues.stream()
                    .filter(dq -> catalog.queue(dq.queueId())
                            .map(q -> q.authorityId().equals(p.authorityId()))
                            .orElse(false))
                    .toList();
            if (queues.isEmpty()) {
                throw new Forbidden("desk " + deskId + " serves none of your authority's queues");
            }
        }
        List<Catalog.DeskQueue> served = queues;
        return Optional.ofNullable(mutations.run(pointId, ctx -> {
            for (int attempt = 0; attempt < 5; attempt++) {
                Optional<String> pick = callNextSelector.pickNext(ctx.sql, deskId, served, today(), clock.millis());
                if (pick.isEmpty()) {
                    return null;
                }
                TicketRow t = repository.load(ctx.sql, pick.get());
                TicketCommands.require(fi.luukku.core.domain.TicketLifecycle.Command.CALL, t);
                // conditional: only a ticket still waiting can be called (a second instance may have won)
                if (repository.markCalled(ctx.sql, t.id(), deskId, clock.millis(), p.subject(), true)) {
                    if (t.priority()) {
                        countPassed(ctx.sql, served, t);
                    }
                    TicketDto dto = assembler.toDto(repository.load(ctx.sql, t.id()), 0, 0);
                    ctx.emit(EventTypes.TICKET_CALLED, dto);
                    ctx.queueChanged(t.queueId());
                    return dto;
                }
            }
            throw new Conflict("busy", "tickets changed while calling; try again");
        }));
    }

    /** Every normal customer a priority customer passed, in all the queues this desk serves at that level. */
    private void countPassed(Sql sql, List<Catalog.DeskQueue> served, TicketRow t) throws SQLException {
        int level = served.stream()
                .filter(dq -> dq.queueId().equals(t.queueId()))
                .mapToInt(Catalog.DeskQueue::priority)
                .min()
                .orElse(Integer.MAX_VALUE);
        List<String> sameLevel = served.stream()
                .filter(dq -> dq.priority() == level)
                .map(Catalog.DeskQueue::queueId)
                .distinct()
                .toList();
        repository.countPassed(sql, sameLevel, t.day(), t.sortAt());
    }

    // ---- the ticket's moves (state checks in TicketLifecycle) ---------------------------------------

    public TicketDto call(Principal p, String ticketId, CallRequest r) {
        return commands.call(p, ticketId, r);
    }

    public TicketDto recall(Principal p, String ticketId) {
        return commands.recall(p, ticketId);
    }

    public TicketDto start(Principal p, String ticketId) {
        return commands.start(p, ticketId);
    }

    public TicketDto noShow(Principal p, String ticketId) {
        return commands.noShow(p, ticketId);
    }

    /** How long after a no-show the desk may still take it back. */
    public static final long UNDO_NO_SHOW_MILLIS = 5 * 60_000L;

    /**
     * Takes back a no-show marked in error, within five minutes: the ticket waits again at its old place in the
     * queue (its sort time is unchanged), with no desk.
     */
    public TicketDto undoNoShow(Principal p, String ticketId) {
        return commands.undoNoShow(p, ticketId);
    }

    public TicketDto park(Principal p, String ticketId) {
        return commands.park(p, ticketId);
    }

    public TicketDto unpark(Principal p, String ticketId) {
        return commands.unpark(p, ticketId);
    }

    public TicketDto cancel(Principal p, String ticketId) {
        return commands.cancel(p, ticketId);
    }

    public TicketDto transfer(Principal p, String ticketId, TransferRequest r) {
        return commands.transfer(p, ticketId, r);
    }

    public TicketDto finish(Principal p, String ticketId, FinishRequest r) {
        return commands.finish(p, ticketId, r);
    }

    public TicketDto triage(Principal p, String ticketId, TriageDto r) {
        return commands.triage(p, ticketId, r);
    }

    public ServiceEventDto recordServiceEvent(Principal p, String ticketId, ServiceEventDto e, String idemKey) {
        return commands.recordServiceEvent(p, ticketId, e, idemKey);
    }

    // ---- for the other ticket services of this package ----------------------------------------------

    TicketRow load(Sql sql, String ticketId) throws SQLException {
        return repository.load(sql, ticketId);
    }

    TicketDto toDto(Sql sql, TicketRow t) throws SQLException {
        return assembler.toDto(sql, t);
    }

    String pointOf(String ticketId) {
        return commands.pointOf(ticketId);
    }

    int nextNumber(Sql sql, String queueId, String day) throws SQLException {
        return numbering.nextNumber(sql, queueId, day);
    }

    TicketRepository repository() {
        return repository;
    }

    void moveToQueue(Mutations.Ctx ctx, TicketRow t, String queueId, boolean toFront, String notes)
            throws SQLException {
        commands.moveToQueue(ctx, t, queueId, toFront, notes);
    }

    /** Removes free-text notes of earlier days (see {@link TicketRepository#purgeNotes}). */
    public int purgeNotes() {
        String today = today();
        long startOfDay = LocalDate.parse(today).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.tx(sql -> repository.purgeNotes(sql, today, startOfDay));
    }
}
