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
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.Role;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.auth.AuthService;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.point.Catalog;
import fi.luukku.service.web.ApiError;
import fi.luukku.service.web.Check;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The queue engine: issuing, calling and moving tickets through their life. */
public final class TicketService {
    private final Database db;
    private final Mutations mutations;
    private final Catalog catalog;
    private final AuthService auth;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ZoneId zone;
    private final int noShowAfterRecalls;
    private final int priorityCap;
    private final Set<String> priorityNeeds;
    private final long defaultServiceMillis;
    private final ConcurrentHashMap<String, long[]> serviceTimeCache = new ConcurrentHashMap<>();

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
        this.auth = auth;
        this.mapper = mapper;
        this.clock = clock;
        this.zone = config.zone();
        this.noShowAfterRecalls = config.intValue("queue.noShowAfterRecalls");
        this.priorityCap = config.intValue("queue.priorityCap");
        this.priorityNeeds = config.priorityNeeds();
        this.defaultServiceMillis = config.intValue("queue.defaultServiceMinutes") * 60_000L;
        mutations.setQueueEmitter((ctx, q) -> ctx.emit(EventTypes.QUEUE_UPDATED, queueDto(ctx.sql, q)));
    }

    public String today() {
        return LocalDate.now(clock.withZone(zone)).toString();
    }

    long nowMillis() {
        return clock.millis();
    }

    String dayOf(Instant t) {
        return LocalDate.ofInstant(t, zone).toString();
    }

    // ---- reading ----------------------------------------------------------------------------------

    public List<TicketDto> openTickets(String pointId) {
        return db.read(sql -> toDtos(sql, openRows(sql, pointId)));
    }

    List<TicketRow> openRows(Sql sql, String pointId) throws SQLException {
        return sql.list(
                "SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE point_id = ? AND ticket_day = ?"
                        + " AND status IN ('WAITING','CALLED','SERVING','PARKED') ORDER BY sort_at, issued_at",
                TicketRow::map,
                pointId,
                today());
    }

    public List<TicketDto> recentCalls(Sql sql, String pointId, int limit) throws SQLException {
        List<TicketRow> rows = sql.list(
                "SELECT " + TicketRow.COLUMNS
                        + " FROM tickets WHERE point_id = ? AND ticket_day = ? AND called_at IS NOT NULL"
                        + " ORDER BY called_at DESC",
                TicketRow::map,
                pointId,
                today());
        return rows.stream().limit(limit).map(r -> toDto(r, 0, 0)).toList();
    }

    public TicketDto ticket(Principal p, String ticketId) {
        return db.read(sql -> {
            TicketRow t = load(sql, ticketId);
            requireAt(p, t);
            return forViewer(p, toDto(sql, t));
        });
    }

    public Optional<TicketDto> byTrackingCode(String code) {
        return db.read(sql -> {
            Optional<TicketRow> t = sql.one(
                    "SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE tracking_code = ?", TicketRow::map, code);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(forDevice(toDto(sql, t.get())));
        });
    }

    public List<QueueDto> queues(String pointId) {
        return db.read(sql -> {
            List<QueueDto> out = new ArrayList<>();
            for (Catalog.Queue q : catalog.queues(pointId)) {
                out.add(queueDto(sql, q.id()));
            }
            return out;
        });
    }

    public List<QueueDto> queues(Sql sql, String pointId) throws SQLException {
        List<QueueDto> out = new ArrayList<>();
        for (Catalog.Queue q : catalog.queues(pointId)) {
            out.add(queueDto(sql, q.id()));
        }
        return out;
    }

    QueueDto queueDto(Sql sql, String queueId) throws SQLException {
        Catalog.Queue q = catalog.queue(queueId).orElseThrow(() -> ApiError.notFound("queue", queueId));
        long now = clock.millis();
        record W(int waiting, long oldest, int due) {}
        W w = sql.one(
                        "SELECT COUNT(*), MIN(issued_at), SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END) FROM tickets"
                                + " WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ?",
                        rs -> new W(rs.getInt(1), rs.getLong(2), rs.getInt(3)),
                        now,
                        queueId,
                        today())
                .orElse(new W(0, 0, 0));
        long longest = w.waiting() == 0 ? 0 : Math.max(0, now - w.oldest());
        int due = w.due();
        int desks = openDesks(sql, queueId);
        long est = estimate(sql, queueId, w.waiting(), desks);
        return new QueueDto(
                q.id(),
                q.pointId(),
                q.prefix(),
                q.name(),
                q.authorityId(),
                w.waiting(),
                est,
                Math.max(0, longest / 1000),
                due,
                desks);
    }

    private int openDesks(Sql sql, String queueId) throws SQLException {
        List<String> desks =
                catalog.desksServing(queueId).stream().map(Catalog.Desk::id).toList();
        return (int) auth.openDesks(sql, desks);
    }

    /** Seconds a customer with {@code ahead} people before them waits, from recent service times and open desks. */
    long estimate(Sql sql, String queueId, int ahead, int openDesks) throws SQLException {
        if (ahead <= 0) {
            return 0;
        }
        long avg = averageServiceMillis(sql, queueId);
        return Math.round((double) ahead * avg / Math.max(1, openDesks) / 1000.0);
    }

    long averageServiceMillis(Sql sql, String queueId) throws SQLException {
        long now = clock.millis();
        long[] cached = serviceTimeCache.get(queueId);
        if (cached != null && now - cached[1] < 30_000) {
            return cached[0];
        }
        List<Long> durations = sql.list(
                "SELECT finished_at - started_at FROM tickets WHERE queue_id = ? AND status = 'FINISHED'"
                        + " AND started_at IS NOT NULL AND finished_at > ? ORDER BY finished_at DESC",
                rs -> rs.getLong(1),
                queueId,
                now - 14L * 24 * 3600 * 1000);
        long avg = defaultServiceMillis;
        List<Long> recent = durations.stream().limit(20).toList();
        if (!recent.isEmpty()) {
            avg = Math.max(30_000, (long)
                    recent.stream().mapToLong(Long::longValue).average().orElse(defaultServiceMillis));
        }
        serviceTimeCache.put(queueId, new long[] {avg, now});
        return avg;
    }

    TicketDto toDto(Sql sql, TicketRow t) throws SQLException {
        if (t.status() != TicketStatus.WAITING) {
            return toDto(t, 0, 0);
        }
        int ahead = (int) sql.longValue(
                "SELECT COUNT(*) FROM tickets WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ? AND sort_at < ?",
                t.queueId(),
                t.day(),
                t.sortAt());
        return toDto(t, ahead, estimate(sql, t.queueId(), ahead, openDesks(sql, t.queueId())));
    }

    List<TicketDto> toDtos(Sql sql, List<TicketRow> rows) throws SQLException {
        Map<String, Integer> position = new HashMap<>();
        Map<String, Integer> desks = new HashMap<>();
        List<TicketDto> out = new ArrayList<>();
        for (TicketRow t : rows) { // rows are ordered by sort_at
            if (t.status() == TicketStatus.WAITING) {
                int ahead = position.merge(t.queueId(), 1, Integer::sum) - 1;
                Integer d = desks.get(t.queueId());
                if (d == null) {
                    d = openDesks(sql, t.queueId());
                    desks.put(t.queueId(), d);
                }
                out.add(toDto(t, ahead, estimate(sql, t.queueId(), ahead, d)));
            } else {
                out.add(toDto(t, 0, 0));
            }
        }
        return out;
    }

    TicketDto toDto(TicketRow t, int peopleAhead, long estimate) {
        TriageDto triage = null;
        if (t.triage() != null && !t.triage().isBlank()) {
            try {
                TriageDto stored = mapper.readValue(t.triage(), TriageDto.class);
                triage = new TriageDto(
                        stored.authorityId(),
                        stored.topic(),
                        stored.lifeEventId(),
                        stored.supportLevel(),
                        stored.specialNeeds(),
                        stored.channel(),
                        t.notes());
            } catch (IOException e) {
                triage = null;
            }
        }
        return new TicketDto(
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
                Instant.ofEpochMilli(t.issuedAt()),
                t.calledAt() == null ? null : Instant.ofEpochMilli(t.calledAt()),
                t.startedAt() == null ? null : Instant.ofEpochMilli(t.startedAt()),
                t.finishedAt() == null ? null : Instant.ofEpochMilli(t.finishedAt()),
                t.recalls(),
                peopleAhead,
                estimate,
                t.trackingCode(),
                t.appointmentId(),
                t.priority(),
                t.plan(),
                triage,
                t.notes());
    }

    /**
     * A ticket without the free-text notes and the triage: what events, stored idempotent answers and every
     * non-staff reader get. Special needs and interpreter language stay (staff consoles read them from events).
     */
    public static TicketDto withoutNotes(TicketDto t) {
        if (t == null || (t.notes() == null && t.triage() == null)) {
            return t;
        }
        return new TicketDto(
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
                null,
                null);
    }

    /** What a device (kiosk, display, feedback terminal) or the public may see of a ticket: no personal data. */
    public static TicketDto forDevice(TicketDto t) {
        if (t == null) {
            return null;
        }
        return new TicketDto(
                t.id(),
                t.number(),
                t.pointId(),
                t.queueId(),
                t.serviceId(),
                t.status(),
                t.deskId(),
                t.language(),
                List.of(),
                null,
                t.issuedAt(),
                t.calledAt(),
                t.startedAt(),
                t.finishedAt(),
                t.recalls(),
                t.peopleAhead(),
                t.estimatedWaitSeconds(),
                null, // the tracking code follows a person: only the kiosk that printed it and staff get it
                t.appointmentId(),
                t.priority(),
                t.plan(),
                null,
                null);
    }

    /** Staff see the whole ticket; everyone else {@link #forDevice}. */
    public static TicketDto forViewer(Principal p, TicketDto t) {
        return p != null && p.role().isStaff() ? t : forDevice(t);
    }

    public static List<TicketDto> forViewer(Principal p, List<TicketDto> list) {
        if (p != null && p.role().isStaff()) {
            return list;
        }
        return list.stream().map(TicketService::forDevice).toList();
    }

    TicketRow load(Sql sql, String ticketId) throws SQLException {
        return sql.one("SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE id = ?", TicketRow::map, ticketId)
                .orElseThrow(() -> ApiError.notFound("ticket", ticketId));
    }

    private void requireAt(Principal p, TicketRow t) {
        if (!p.mayActAt(t.pointId())) {
            throw ApiError.forbidden("ticket " + t.id() + " belongs to another point");
        }
    }

    /** Staff may act on a ticket at their point; an authority expert only in their own authority's queues. */
    private void requireActor(Principal p, TicketRow t) {
        requireAt(p, t);
        if (p.role() == Role.AUTHORITY_EXPERT) {
            String a =
                    catalog.queue(t.queueId()).map(Catalog.Queue::authorityId).orElse(null);
            if (a == null || !a.equals(p.authorityId())) {
                throw ApiError.forbidden("an authority expert may act only in their own authority's queues");
            }
        }
    }

    /** Refuses (403/404) a caller who may not act on the ticket, before its body is even read. */
    public void requireAccess(Principal p, String ticketId) {
        TicketRow t = db.read(sql -> load(sql, ticketId));
        requireActor(p, t);
    }

    /** The point a ticket belongs to, for locking; 404 when it does not exist. */
    String pointOf(String ticketId) {
        return db.read(sql -> sql.one("SELECT point_id FROM tickets WHERE id = ?", rs -> rs.getString(1), ticketId))
                .orElseThrow(() -> ApiError.notFound("ticket", ticketId));
    }

    // ---- issuing ----------------------------------------------------------------------------------

    public TicketDto issue(Principal p, String pointId, IssueTicketRequest r, String idemKey) {
        String serviceId = Check.id("serviceId", r.serviceId());
        ServiceDto service = catalog.service(serviceId)
                .filter(s -> pointId.equals(catalog.servicePoint(s.id())))
                .orElseThrow(() -> ApiError.badRequest("serviceId", "no service " + serviceId + " at " + pointId));
        String language = Check.language("language", r.language(), false);
        List<String> needs = needs("specialNeeds", r.specialNeeds());
        String interpreter = Check.optional("interpreterLanguage", r.interpreterLanguage(), 32);
        List<String> plan = Check.list("plan", r.plan(), 10);
        for (String q : plan) {
            Check.id("plan", q);
            if (catalog.queue(q).filter(x -> x.pointId().equals(pointId)).isEmpty()) {
                throw ApiError.badRequest("plan", "no queue " + q + " at " + pointId);
            }
        }
        boolean offline = r.offlineNumber() != null || r.offlineIssuedAt() != null;
        String kioskId = Check.optionalId("kioskId", r.kioskId());
        if (offline) {
            Check.required("offlineNumber", r.offlineNumber(), 16);
            if (r.offlineIssuedAt() == null) {
                throw ApiError.badRequest("offlineIssuedAt", "offlineIssuedAt is required with offlineNumber");
            }
            if (kioskId == null) {
                throw ApiError.badRequest("kioskId", "kioskId is required with offlineNumber");
            }
        }
        String printed = offline ? r.offlineNumber().trim().toUpperCase(java.util.Locale.ROOT) : null;
        String scope = idemKey == null ? null : "ticket:" + pointId + ":" + idemKey;
        Mutations.Repeat<TicketDto> onRepeat = offline ? (ctx, stored) -> renumber(ctx, stored, printed) : null;
        return mutations.run(
                pointId,
                scope,
                TicketDto.class,
                ctx -> {
                    String queueId = service.queueId();
                    Catalog.Queue queue = catalog.queue(queueId).orElseThrow();
                    long now = clock.millis();
                    String number;
                    String day;
                    long issuedAt;
                    if (offline) {
                        number = printed;
                        if (!number.matches("[A-Z]{1,4}[0-9]{1,4}") || !number.startsWith(queue.prefix())) {
                            throw ApiError.badRequest(
                                    "offlineNumber", "offlineNumber must be " + queue.prefix() + " followed by digits");
                        }
                        int n = Integer.parseInt(number.substring(queue.prefix().length()));
                        // a kiosk clock ahead of ours: the ticket was issued now at the latest
                        issuedAt = Math.min(r.offlineIssuedAt().toEpochMilli(), now);
                        day = dayOf(Instant.ofEpochMilli(issuedAt));
                        Optional<Long> reservedAt = ctx.sql.one(
                                "SELECT COALESCE(reserved_at, 0) FROM offline_blocks WHERE point_id = ? AND kiosk_id = ?"
                                        + " AND ticket_day = ? AND queue_id = ? AND first_no <= ? AND last_no >= ?",
                                rs -> rs.getLong(1),
                                pointId,
                                kioskId,
                                day,
                                queueId,
                                n,
                                n);
                        if (reservedAt.isEmpty()) {
                            throw ApiError.badRequest(
                                    "offlineNumber",
                                    number + " is not in a block reserved for kiosk " + kioskId + " on " + day);
                        }
                        if (issuedAt < reservedAt.get() - OFFLINE_SKEW_MILLIS) {
                            throw ApiError.badRequest(
                                    "offlineIssuedAt",
                                    "offlineIssuedAt is before the kiosk reserved its offline numbers");
                        }
                        issuedAt = Math.max(issuedAt, reservedAt.get());
                        // repeats are recognised by the idempotency key alone: the same number again is someone else
                        if (ctx.sql.longValue(
                                        "SELECT COUNT(*) FROM tickets WHERE point_id = ? AND ticket_day = ? AND number = ?",
                                        pointId,
                                        day,
                                        number)
                                > 0) {
                            throw ApiError.conflict("number-taken", "number " + number + " is already used today");
                        }
                    } else {
                        issuedAt = now;
                        day = today();
                        number = queue.prefix() + String.format("%03d", nextNumber(ctx.sql, queueId, day));
                    }
                    boolean priority = needs.stream().anyMatch(priorityNeeds::contains);
                    TicketRow t = insert(
                            ctx.sql,
                            pointId,
                            day,
                            number,
                            queueId,
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
                    TicketDto dto = toDto(ctx.sql, t);
                    ctx.emit(EventTypes.TICKET_ISSUED, dto);
                    ctx.queueChanged(queueId);
                    return dto;
                },
                onRepeat);
    }

    /** Clock difference tolerated between a kiosk and the service. */
    static final long OFFLINE_SKEW_MILLIS = 5 * 60_000L;

    /**
     * An offline sync whose idempotency key already has an answer: when that answer is an online ticket under
     * another number (the kiosk timed out after we committed, then printed an offline number), the customer holds
     * the printed number, so the ticket takes it.
     */
    private TicketDto renumber(Mutations.Ctx ctx, TicketDto stored, String printed) throws SQLException {
        if (printed == null || printed.equals(stored.number())) {
            return stored;
        }
        TicketRow t = load(ctx.sql, stored.id());
        boolean wasOffline =
                ctx.sql.longValue("SELECT COUNT(*) FROM tickets WHERE id = ? AND offline = TRUE", t.id()) > 0;
        if (wasOffline || !t.status().isOpen()) {
            return toDto(ctx.sql, t);
        }
        if (!printed.matches("[A-Z]{1,4}[0-9]{1,4}")
                || !printed.startsWith(
                        catalog.queue(t.queueId()).map(Catalog.Queue::prefix).orElse("?"))) {
            throw ApiError.badRequest("offlineNumber", "offlineNumber does not belong to the ticket's queue");
        }
        boolean taken = ctx.sql.longValue(
                        "SELECT COUNT(*) FROM tickets WHERE point_id = ? AND ticket_day = ? AND number = ? AND id <> ?",
                        t.pointId(),
                        t.day(),
                        printed,
                        t.id())
                > 0;
        if (taken) {
            throw ApiError.conflict("number-taken", "number " + printed + " is already used today");
        }
        ctx.sql.update("UPDATE tickets SET number = ? WHERE id = ?", printed, t.id());
        TicketDto dto = toDto(ctx.sql, load(ctx.sql, t.id()));
        ctx.emit(EventTypes.TICKET_UPDATED, dto);
        return dto;
    }

    TicketRow insert(
            Sql sql,
            String pointId,
            String day,
            String number,
            String queueId,
            String serviceId,
            String language,
            List<String> needs,
            String interpreter,
            long issuedAt,
            long sortAt,
            String appointmentId,
            Long dueAt,
            boolean priority,
            List<String> plan,
            String kioskId,
            boolean offline)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        String tracking = Hashes.shortCode(10);
        sql.update(
                "INSERT INTO tickets (id, point_id, ticket_day, number, queue_id, service_id, status, language, special_needs,"
                        + " interpreter_language, issued_at, sort_at, tracking_code, appointment_id, due_at, priority,"
                        + " plan, kiosk_id, offline) VALUES (?,?,?,?,?,?,'WAITING',?,?,?,?,?,?,?,?,?,?,?,?)",
                id,
                pointId,
                day,
                number,
                queueId,
                serviceId,
                language,
                String.join(",", needs),
                interpreter,
                issuedAt,
                sortAt,
                tracking,
                appointmentId,
                Sql.nullableLong(dueAt),
                priority,
                String.join(",", plan),
                kioskId,
                offline);
        return load(sql, id);
    }

    /** Next daily number of a queue, skipping ranges reserved for offline kiosks. Call under the point lock. */
    int nextNumber(Sql sql, String queueId, String day) throws SQLException {
        Optional<Integer> last = sql.one(
                "SELECT last_no FROM queue_counters WHERE queue_id = ? AND ticket_day = ?",
                rs -> rs.getInt(1),
                queueId,
                day);
        int n = last.orElse(0) + 1;
        record Range(int first, int last) {}
        List<Range> reserved = sql.list(
                "SELECT first_no, last_no FROM offline_blocks WHERE queue_id = ? AND ticket_day = ?",
                rs -> new Range(rs.getInt(1), rs.getInt(2)),
                queueId,
                day);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Range range : reserved) {
                if (n >= range.first() && n <= range.last()) {
                    n = range.last() + 1;
                    moved = true;
                }
            }
        }
        if (last.isPresent()) {
            sql.update("UPDATE queue_counters SET last_no = ? WHERE queue_id = ? AND ticket_day = ?", n, queueId, day);
        } else {
            sql.update("INSERT INTO queue_counters (queue_id, ticket_day, last_no) VALUES (?,?,?)", queueId, day, n);
        }
        return n;
    }

    static List<String> needs(String field, List<String> raw) {
        List<String> in = Check.list(field, raw, SpecialNeed.values().length);
        Set<String> out = new LinkedHashSet<>();
        for (String s : in) {
            out.add(Check.enumValue(field, s, SpecialNeed.class, true).name());
        }
        return List.copyOf(out);
    }

    // ---- calling ----------------------------------------------------------------------------------

    public Optional<TicketDto> callNext(Principal p, String pointId, String deskId) {
        Catalog.Desk desk = catalog.desk(deskId).orElseThrow(() -> ApiError.notFound("desk", deskId));
        if (!desk.pointId().equals(pointId)) {
            throw ApiError.notFound("desk", deskId + " at " + pointId);
        }
        List<Catalog.DeskQueue> queues = desk.queues();
        if (p.role() == Role.AUTHORITY_EXPERT) {
            queues = queues.stream()
                    .filter(dq -> catalog.queue(dq.queueId())
                            .map(q -> q.authorityId().equals(p.authorityId()))
                            .orElse(false))
                    .toList();
            if (queues.isEmpty()) {
                throw ApiError.forbidden("desk " + deskId + " serves none of your authority's queues");
            }
        }
        List<Catalog.DeskQueue> served = queues;
        return Optional.ofNullable(mutations.run(pointId, ctx -> {
            for (int attempt = 0; attempt < 5; attempt++) {
                Optional<TicketRow> pick = pickNext(ctx.sql, served);
                if (pick.isEmpty()) {
                    return null;
                }
                TicketRow t = pick.get();
                long now = clock.millis();
                // conditional: only a ticket still waiting can be called (a second instance may have won)
                int n = ctx.sql.update(
                        "UPDATE tickets SET status = 'CALLED', desk_id = ?, called_at = ?, served_by = ?, recalls = 0"
                                + " WHERE id = ? AND status = 'WAITING'",
                        deskId,
                        now,
                        p.subject(),
                        t.id());
                if (n == 1) {
                    if (t.priority()) {
                        // every normal customer it passed, in all the queues this desk serves at that level
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
                        String in = String.join(",", java.util.Collections.nCopies(sameLevel.size(), "?"));
                        List<Object> args = new ArrayList<>(sameLevel);
                        args.add(t.day());
                        args.add(t.sortAt());
                        ctx.sql.update(
                                "UPDATE tickets SET passed_by = passed_by + 1 WHERE queue_id IN (" + in + ")"
                                        + " AND ticket_day = ? AND status = 'WAITING' AND priority = FALSE"
                                        + " AND due_at IS NULL AND sort_at < ?",
                                args.toArray());
                    }
                    TicketDto dto = toDto(load(ctx.sql, t.id()), 0, 0);
                    ctx.emit(EventTypes.TICKET_CALLED, dto);
                    ctx.queueChanged(t.queueId());
                    return dto;
                }
            }
            throw ApiError.conflict("busy", "tickets changed while calling; try again");
        }));
    }

    /**
     * The rule: checked-in appointments whose time has come first; then the desk's highest-priority queues that
     * have someone waiting; within those, priority customers before the longest-waiting one, but never more
     * than {@code queue.priorityCap} of them past the same waiting customer.
     */
    Optional<TicketRow> pickNext(Sql sql, List<Catalog.DeskQueue> queues) throws SQLException {
        if (queues.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> prio = new HashMap<>();
        for (Catalog.DeskQueue dq : queues) {
            prio.put(dq.queueId(), dq.priority());
        }
        String in = String.join(",", java.util.Collections.nCopies(queues.size(), "?"));
        Object[] args = new Object[queues.size() + 1];
        for (int i = 0; i < queues.size(); i++) {
            args[i] = queues.get(i).queueId();
        }
        args[queues.size()] = today();
        long now = clock.millis();
        List<TicketRow> waiting = sql.list(
                "SELECT " + TicketRow.COLUMNS + " FROM tickets WHERE queue_id IN (" + in + ")"
                        + " AND status = 'WAITING' AND ticket_day = ? ORDER BY sort_at, issued_at",
                TicketRow::map,
                args);
        Optional<TicketRow> due = waiting.stream()
                .filter(t -> t.dueAt() != null && t.dueAt() <= now)
                .min(Comparator.comparingLong(TicketRow::dueAt));
        if (due.isPresent()) {
            return due;
        }
        // appointments not yet due wait for their time
        List<TicketRow> walkIns =
                waiting.stream().filter(t -> t.dueAt() == null).toList();
        if (walkIns.isEmpty()) {
            return Optional.empty();
        }
        int best = walkIns.stream().mapToInt(t -> prio.get(t.queueId())).min().orElseThrow();
        List<TicketRow> level =
                walkIns.stream().filter(t -> prio.get(t.queueId()) == best).toList();
        Optional<TicketRow> oldestNormal =
                level.stream().filter(t -> !t.priority()).findFirst();
        Optional<TicketRow> oldestPriority =
                level.stream().filter(TicketRow::priority).findFirst();
        if (oldestPriority.isEmpty()) {
            return oldestNormal;
        }
        if (oldestNormal.isEmpty()) {
            return oldestPriority;
        }
        TicketRow n = oldestNormal.get();
        TicketRow pr = oldestPriority.get();
        if (pr.sortAt() <= n.sortAt()) {
            return oldestPriority;
        }
        // the priority customer would pass n (and maybe others); only while n has not been passed too often
        boolean anyCapped = level.stream()
                .filter(t -> !t.priority() && t.sortAt() < pr.sortAt()) // any queue of this level
                .anyMatch(t -> t.passedBy() >= priorityCap);
        if (anyCapped || (priorityCap == 0)) {
            return oldestNormal;
        }
        return oldestPriority;
    }

    public TicketDto call(Principal p, String ticketId, CallRequest r) {
        String deskId = Check.id("deskId", r == null ? null : r.deskId());
        return act(p, ticketId, EventTypes.TICKET_CALLED, (ctx, t) -> {
            Catalog.Desk desk = catalog.desk(deskId)
                    .filter(d -> d.pointId().equals(t.pointId()))
                    .orElseThrow(() -> ApiError.badRequest("deskId", "no desk " + deskId + " at " + t.pointId()));
            requireMove(
                    t, TicketStatus.CALLED, t.status() == TicketStatus.WAITING || t.status() == TicketStatus.PARKED);
            ctx.sql.update(
                    "UPDATE tickets SET status = 'CALLED', desk_id = ?, called_at = ?, served_by = ?, recalls = 0"
                            + " WHERE id = ?",
                    desk.id(),
                    clock.millis(),
                    p.subject(),
                    t.id());
            return EventTypes.TICKET_CALLED;
        });
    }

    public TicketDto recall(Principal p, String ticketId) {
        return act(p, ticketId, null, (ctx, t) -> {
            requireMove(t, TicketStatus.CALLED, t.status() == TicketStatus.CALLED);
            if (noShowAfterRecalls > 0 && t.recalls() >= noShowAfterRecalls) {
                ctx.sql.update(
                        "UPDATE tickets SET status = 'NO_SHOW', finished_at = ? WHERE id = ?", clock.millis(), t.id());
                return EventTypes.TICKET_NO_SHOW;
            }
            ctx.sql.update(
                    "UPDATE tickets SET recalls = recalls + 1, called_at = ? WHERE id = ?", clock.millis(), t.id());
            return EventTypes.TICKET_RECALLED;
        });
    }

    public TicketDto start(Principal p, String ticketId) {
        return act(p, ticketId, EventTypes.TICKET_STARTED, (ctx, t) -> {
            requireMove(
                    t, TicketStatus.SERVING, t.status() == TicketStatus.CALLED || t.status() == TicketStatus.PARKED);
            ctx.sql.update(
                    "UPDATE tickets SET status = 'SERVING', started_at = COALESCE(started_at, ?) WHERE id = ?",
                    clock.millis(),
                    t.id());
            return EventTypes.TICKET_STARTED;
        });
    }

    public TicketDto noShow(Principal p, String ticketId) {
        return act(p, ticketId, EventTypes.TICKET_NO_SHOW, (ctx, t) -> {
            requireMove(t, TicketStatus.NO_SHOW, t.status() == TicketStatus.CALLED);
            ctx.sql.update(
                    "UPDATE tickets SET status = 'NO_SHOW', finished_at = ? WHERE id = ?", clock.millis(), t.id());
            return EventTypes.TICKET_NO_SHOW;
        });
    }

    public TicketDto park(Principal p, String ticketId) {
        return act(p, ticketId, EventTypes.TICKET_PARKED, (ctx, t) -> {
            requireMove(t, TicketStatus.PARKED, t.status() != TicketStatus.PARKED);
            ctx.sql.update("UPDATE tickets SET status = 'PARKED' WHERE id = ?", t.id());
            return EventTypes.TICKET_PARKED;
        });
    }

    public TicketDto unpark(Principal p, String ticketId) {
        return act(p, ticketId, EventTypes.TICKET_UNPARKED, (ctx, t) -> {
            requireMove(t, TicketStatus.WAITING, t.status() == TicketStatus.PARKED);
            // back to its old place in the queue
            ctx.sql.update("UPDATE tickets SET status = 'WAITING', desk_id = NULL WHERE id = ?", t.id());
            return EventTypes.TICKET_UNPARKED;
        });
    }

    public TicketDto cancel(Principal p, String ticketId) {
        return act(p, ticketId, EventTypes.TICKET_CANCELLED, (ctx, t) -> {
            requireMove(t, TicketStatus.CANCELLED, true);
            ctx.sql.update(
                    "UPDATE tickets SET status = 'CANCELLED', finished_at = ? WHERE id = ?", clock.millis(), t.id());
            return EventTypes.TICKET_CANCELLED;
        });
    }

    public TicketDto transfer(Principal p, String ticketId, TransferRequest r) {
        String queueId = Check.id("queueId", r.queueId());
        String notes = Check.optional("notes", r.notes(), 2000);
        return act(p, ticketId, EventTypes.TICKET_TRANSFERRED, (ctx, t) -> {
            moveToQueue(ctx, t, queueId, r.toFront(), notes);
            return EventTypes.TICKET_TRANSFERRED;
        });
    }

    /** Moves an open ticket into another queue of its point, keeping its number. */
    void moveToQueue(Mutations.Ctx ctx, TicketRow t, String queueId, boolean toFront, String notes)
            throws SQLException {
        Catalog.Queue target = catalog.queue(queueId)
                .filter(q -> q.pointId().equals(t.pointId()))
                .orElseThrow(() -> ApiError.badRequest("queueId", "no queue " + queueId + " at " + t.pointId()));
        requireMove(t, TicketStatus.TRANSFERRED, true);
        long now = clock.millis();
        long sortAt = now;
        if (toFront) {
            long first = ctx.sql.longValue(
                    "SELECT COALESCE(MIN(sort_at), ?) FROM tickets WHERE queue_id = ? AND status = 'WAITING' AND ticket_day = ?",
                    now,
                    target.id(),
                    t.day());
            sortAt = Math.min(first, now) - 1;
        }
        ctx.sql.update(
                "UPDATE tickets SET queue_id = ?, status = 'WAITING', desk_id = NULL, sort_at = ?, called_at = NULL,"
                        + " started_at = NULL, recalls = 0, passed_by = 0, due_at = NULL,"
                        + " notes = COALESCE(?, notes) WHERE id = ?",
                target.id(),
                sortAt,
                notes,
                t.id());
        ctx.queueChanged(t.queueId());
        ctx.queueChanged(target.id());
    }

    public TicketDto finish(Principal p, String ticketId, FinishRequest r) {
        Outcome outcome = Check.enumValue("outcome", r.outcome(), Outcome.class, false);
        int assessment = Check.range("assessment", r.assessment(), 1, 5, false);
        List<ServiceEventDto> events = Check.list("serviceEvents", r.serviceEvents(), 50);
        for (ServiceEventDto e : events) {
            validateEvent(e);
        }
        String notes = Check.optional("notes", r.notes(), 2000);
        return act(p, ticketId, null, (ctx, t) -> {
            if (t.status() == TicketStatus.CALLED) {
                ctx.sql.update("UPDATE tickets SET started_at = called_at WHERE id = ?", t.id());
            } else {
                requireMove(t, TicketStatus.FINISHED, t.status() == TicketStatus.SERVING);
            }
            long now = clock.millis();
            for (ServiceEventDto e : events) {
                insertServiceEvent(ctx.sql, t, e, p);
            }
            ctx.sql.update(
                    "UPDATE tickets SET status = 'FINISHED', finished_at = ?, outcome = ?, assessment = ?,"
                            + " notes = COALESCE(?, notes) WHERE id = ?",
                    now,
                    outcome == null ? null : outcome.name(),
                    Sql.nullableInt(assessment >= 1 ? assessment : null),
                    notes,
                    t.id());
            ctx.queueChanged(t.queueId());
            if (!t.plan().isEmpty()) {
                // a service chain: this step is done, the next authority's queue is next
                TicketDto done = toDto(load(ctx.sql, t.id()), 0, 0);
                ctx.emit(EventTypes.TICKET_FINISHED, done);
                List<String> rest = t.plan().subList(1, t.plan().size());
                ctx.sql.update(
                        "UPDATE tickets SET status = 'WAITING', finished_at = NULL, started_at = NULL, plan = ?"
                                + " WHERE id = ?",
                        String.join(",", rest),
                        t.id());
                TicketRow again = load(ctx.sql, t.id());
                moveToQueue(ctx, again, t.plan().get(0), false, null);
                return EventTypes.TICKET_TRANSFERRED;
            }
            return EventTypes.TICKET_FINISHED;
        });
    }

    void validateEvent(ServiceEventDto e) {
        String type = Check.id("serviceEvents.typeId", e.typeId());
        if (catalog.eventType(type).isEmpty()) {
            throw ApiError.badRequest("typeId", "unknown service-event type " + type);
        }
        Check.optionalId("authorityId", e.authorityId());
        if (e.authorityId() != null && catalog.authority(e.authorityId()).isEmpty()) {
            throw ApiError.badRequest("authorityId", "unknown authority " + e.authorityId());
        }
        if (e.count() < 0 || e.count() > 100) {
            throw ApiError.badRequest("count", "count must be 1..100");
        }
    }

    ServiceEventDto insertServiceEvent(Sql sql, TicketRow t, ServiceEventDto e, Principal p) throws SQLException {
        String authority = e.authorityId() != null
                ? e.authorityId()
                : catalog.queue(t.queueId()).map(Catalog.Queue::authorityId).orElse("neuvonta");
        int count = e.count() <= 0 ? 1 : e.count();
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        sql.update(
                "INSERT INTO service_events (id, ticket_id, point_id, type_id, authority_id, count, desk_id, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?,?)",
                id,
                t.id(),
                t.pointId(),
                e.typeId(),
                authority,
                count,
                t.deskId() != null ? t.deskId() : p.deskId(),
                now);
        return new ServiceEventDto(id, e.typeId(), authority, count, Instant.ofEpochMilli(now));
    }

    public ServiceEventDto recordServiceEvent(Principal p, String ticketId, ServiceEventDto e, String idemKey) {
        validateEvent(e);
        String point = pointOf(ticketId);
        String scope = idemKey == null ? null : "service-event:" + ticketId + ":" + idemKey;
        return mutations.run(point, scope, ServiceEventDto.class, ctx -> {
            TicketRow t = load(ctx.sql, ticketId);
            requireActor(p, t);
            if (!t.status().isOpen() && t.status() != TicketStatus.FINISHED) {
                throw ApiError.conflict("ticket " + t.number() + " is " + t.status());
            }
            return insertServiceEvent(ctx.sql, t, e, p);
        });
    }

    public TicketDto triage(Principal p, String ticketId, TriageDto r) {
        Check.optionalId("authorityId", r.authorityId());
        if (r.authorityId() != null && catalog.authority(r.authorityId()).isEmpty()) {
            throw ApiError.badRequest("authorityId", "unknown authority " + r.authorityId());
        }
        String topic = Check.optional("topic", r.topic(), 200);
        Check.optionalId("lifeEventId", r.lifeEventId());
        Check.range("supportLevel", r.supportLevel(), 1, 4, false);
        List<String> needs = needs("specialNeeds", r.specialNeeds());
        Channel channel = Check.enumValue("channel", r.channel(), Channel.class, false);
        String notes = Check.optional("notes", r.notes(), 2000);
        TriageDto stored = new TriageDto(
                r.authorityId(),
                topic,
                r.lifeEventId(),
                r.supportLevel(),
                needs,
                channel == null ? null : channel.name(),
                null);
        String json;
        try {
            json = mapper.writeValueAsString(stored);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return act(p, ticketId, EventTypes.TICKET_UPDATED, (ctx, t) -> {
            if (!t.status().isOpen()) {
                throw ApiError.conflict("ticket " + t.number() + " is " + t.status() + "; triage only on open tickets");
            }
            ctx.sql.update("UPDATE tickets SET triage = ?, notes = ? WHERE id = ?", json, notes, t.id());
            return EventTypes.TICKET_UPDATED;
        });
    }

    @FunctionalInterface
    interface Action {
        /** Changes the ticket and returns the event type to emit. */
        String apply(Mutations.Ctx ctx, TicketRow t) throws SQLException;
    }

    TicketDto act(Principal p, String ticketId, String unusedType, Action action) {
        String point = pointOf(ticketId);
        return mutations.run(point, ctx -> {
            TicketRow t = load(ctx.sql, ticketId);
            requireActor(p, t);
            String type = action.apply(ctx, t);
            TicketRow after = load(ctx.sql, ticketId);
            TicketDto dto = toDto(ctx.sql, after);
            ctx.emit(type, dto);
            if (!after.queueId().equals(t.queueId())
                    || t.status() == TicketStatus.WAITING
                    || after.status() == TicketStatus.WAITING) {
                ctx.queueChanged(t.queueId());
                ctx.queueChanged(after.queueId());
            }
            return dto;
        });
    }

    private static void requireMove(TicketRow t, TicketStatus target, boolean extra) {
        if (!extra || !t.status().canMoveTo(target)) {
            throw ApiError.conflict(
                    "illegal-transition",
                    "ticket " + t.number() + " is " + t.status() + " and cannot become " + target);
        }
    }

    /**
     * Removes free-text notes of earlier days: no personal data is kept past the day. Besides the tickets and
     * referral slips, stored idempotent answers of earlier days go (referral slips, incidents, appointments),
     * except those of requests a device may still retry from its outbox (tickets, help, feedback), and any event or stored answer that still carries notes (written before events were
     * redacted) is cleared.
     */
    public int purgeNotes() {
        String today = today();
        long startOfDay = LocalDate.parse(today).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.tx(sql -> sql.update(
                        "UPDATE tickets SET notes = NULL WHERE ticket_day < ? AND notes IS NOT NULL", today)
                + sql.update(
                        "UPDATE tickets SET triage = NULL WHERE ticket_day < ? AND triage LIKE ?",
                        today,
                        "%\"notes\":\"%")
                + sql.update("UPDATE referrals SET slip_text = '' WHERE created_at < ? AND slip_text <> ''", startOfDay)
                + sql.update(
                        "DELETE FROM idempotency WHERE created_at < ? AND ((scope NOT LIKE 'ticket:%' AND scope NOT LIKE"
                                + " 'help:%' AND scope NOT LIKE 'feedback:%') OR body LIKE ? OR body LIKE ?)",
                        startOfDay, "%\"notes\":\"%", "%\"triage\":{%")
                + sql.update(
                        "DELETE FROM events WHERE created_at < ? AND (data LIKE ? OR data LIKE ?)",
                        startOfDay,
                        "%\"notes\":\"%",
                        "%\"triage\":{%"));
    }
}
