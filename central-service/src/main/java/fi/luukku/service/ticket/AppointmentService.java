package fi.luukku.service.ticket;

import fi.luukku.core.api.AppointmentDto;
import fi.luukku.core.api.CheckInRequest;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.Role;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.ServiceConfig;
import fi.luukku.service.auth.Hashes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Forbidden;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Appointments from booking systems, and their check-in at the kiosk that turns them into tickets. */
public final class AppointmentService {
    private final Database db;
    private final Mutations mutations;
    private final Catalog catalog;
    private final TicketService tickets;
    private final Clock clock;
    private final ZoneId zone;
    private final long earlyMillis;
    private final long lateMillis;
    private final boolean lateAsWalkIn;

    public AppointmentService(
            Database db,
            Mutations mutations,
            Catalog catalog,
            TicketService tickets,
            Clock clock,
            ServiceConfig config) {
        this.db = db;
        this.mutations = mutations;
        this.catalog = catalog;
        this.tickets = tickets;
        this.clock = clock;
        this.zone = config.zone();
        this.earlyMillis = config.intValue("appointment.earlyMinutes") * 60_000L;
        this.lateMillis = config.intValue("appointment.lateMinutes") * 60_000L;
        this.lateAsWalkIn = config.bool("appointment.lateAsWalkIn");
    }

    static AppointmentDto map(ResultSet rs) throws SQLException {
        return new AppointmentDto(
                rs.getString("id"),
                rs.getString("point_id"),
                rs.getString("authority_id"),
                rs.getString("queue_id"),
                Instant.ofEpochMilli(rs.getLong("starts_at")),
                rs.getString("booking_code"),
                TicketRow.split(rs.getString("special_needs")),
                rs.getString("status"),
                rs.getString("ticket_id"));
    }

    private record Valid(String authorityId, String queueId, Instant startsAt, List<String> needs) {}

    private Valid validate(Principal p, String pointId, AppointmentDto r) {
        String authority = r.authorityId(); // shape (ids, startsAt, needs, bookingCode) checked at the edge
        if (!catalog.point(pointId).authorityIds().contains(authority)) {
            throw new Invalid("authorityId", "authority " + authority + " is not at " + pointId);
        }
        if (p.role() == Role.AUTHORITY_EXPERT && !authority.equals(p.authorityId())) {
            throw new Forbidden("an authority expert books only for their own authority");
        }
        String queue = r.queueId();
        if (queue == null) {
            queue = catalog.queues(pointId).stream()
                    .filter(q -> q.authorityId().equals(authority))
                    .map(Catalog.Queue::id)
                    .findFirst()
                    .orElseThrow(() -> new Invalid("queueId", "no queue for " + authority));
        } else {
            String q = queue;
            catalog.queue(q)
                    .filter(x -> x.pointId().equals(pointId))
                    .orElseThrow(() -> new Invalid("queueId", "no queue " + q + " at " + pointId));
        }
        if (r.startsAt().isBefore(clock.instant().minusSeconds(24 * 3600))
                || r.startsAt().isAfter(clock.instant().plusSeconds(400L * 24 * 3600))) {
            throw new Invalid("startsAt", "startsAt must be between yesterday and about a year ahead");
        }
        return new Valid(authority, queue, r.startsAt(), TicketService.needs(r.specialNeeds()));
    }

    public AppointmentDto create(Principal p, String pointId, AppointmentDto r, String idemKey) {
        Valid v = validate(p, pointId, r);
        String code = r.bookingCode() == null ? null : r.bookingCode().trim().toUpperCase(Locale.ROOT);
        String scope = idemKey == null ? null : "appointment:" + pointId + ":" + idemKey;
        return mutations.run(pointId, scope, AppointmentDto.class, ctx -> {
            String booking = code;
            if (booking == null) {
                do {
                    booking = Hashes.shortCode(6);
                } while (exists(ctx.sql, booking));
            } else if (exists(ctx.sql, booking)) {
                throw new Conflict("booking-code-taken", "booking code " + booking + " is already used");
            }
            String id = UUID.randomUUID().toString();
            ctx.sql.update(
                    "INSERT INTO appointments (id, point_id, authority_id, queue_id, starts_at, booking_code,"
                            + " special_needs, status, created_at) VALUES (?,?,?,?,?,?,?,'BOOKED',?)",
                    id,
                    pointId,
                    v.authorityId(),
                    v.queueId(),
                    v.startsAt().toEpochMilli(),
                    booking,
                    String.join(",", v.needs()),
                    clock.millis());
            return load(ctx.sql, id);
        });
    }

    private static boolean exists(Sql sql, String code) throws SQLException {
        return sql.longValue("SELECT COUNT(*) FROM appointments WHERE booking_code = ?", code) > 0;
    }

    AppointmentDto load(Sql sql, String id) throws SQLException {
        return sql.one("SELECT * FROM appointments WHERE id = ?", AppointmentService::map, id)
                .orElseThrow(() -> new NotFound("appointment", id));
    }

    public String pointOf(String id) {
        return db.read(sql -> sql.one("SELECT point_id FROM appointments WHERE id = ?", rs -> rs.getString(1), id))
                .orElseThrow(() -> new NotFound("appointment", id));
    }

    public void requireAccess(Principal p, String id) {
        if (!p.mayActAt(pointOf(id))) {
            throw new Forbidden("appointment of another point");
        }
    }

    public AppointmentDto change(Principal p, String id, AppointmentDto r) {
        String pointId = pointOf(id);
        if (!p.mayActAt(pointId)) {
            throw new Forbidden("appointment of another point");
        }
        Valid v = validate(p, pointId, r);
        return mutations.run(pointId, ctx -> {
            AppointmentDto a = load(ctx.sql, id);
            if (!a.status().equals("BOOKED")) {
                throw new Conflict("appointment is " + a.status() + " and cannot be changed");
            }
            ctx.sql.update(
                    "UPDATE appointments SET authority_id = ?, queue_id = ?, starts_at = ?, special_needs = ? WHERE id = ?",
                    v.authorityId(),
                    v.queueId(),
                    v.startsAt().toEpochMilli(),
                    String.join(",", v.needs()),
                    id);
            return load(ctx.sql, id);
        });
    }

    public AppointmentDto cancel(Principal p, String id) {
        String pointId = pointOf(id);
        if (!p.mayActAt(pointId)) {
            throw new Forbidden("appointment of another point");
        }
        return mutations.run(pointId, ctx -> {
            AppointmentDto a = load(ctx.sql, id);
            if (p.role() == Role.AUTHORITY_EXPERT && !a.authorityId().equals(p.authorityId())) {
                throw new Forbidden("an authority expert cancels only their own authority's appointments");
            }
            if (!a.status().equals("BOOKED")) {
                throw new Conflict("appointment is " + a.status() + " and cannot be cancelled");
            }
            ctx.sql.update("UPDATE appointments SET status = 'CANCELLED' WHERE id = ?", id);
            return load(ctx.sql, id);
        });
    }

    public List<AppointmentDto> list(String pointId, LocalDate day) {
        long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.read(sql -> sql.list(
                "SELECT * FROM appointments WHERE point_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at",
                AppointmentService::map,
                pointId,
                from,
                to));
    }

    /** Kiosk check-in: early within the window waits for its time, late within the window is due at once. */
    public TicketDto checkIn(Principal p, String pointId, CheckInRequest r, String idemKey) {
        String code = r.bookingCode().trim().toUpperCase(Locale.ROOT);
        String language = TicketService.language(r.language());
        String scope = idemKey == null ? null : "check-in:" + pointId + ":" + idemKey;
        return mutations.run(pointId, scope, TicketDto.class, ctx -> {
            Optional<AppointmentDto> found = ctx.sql.one(
                    "SELECT * FROM appointments WHERE booking_code = ? AND point_id = ?",
                    AppointmentService::map,
                    code,
                    pointId);
            AppointmentDto a = found.orElseThrow(
                    () -> new NotFound("unknown-booking-code", "bookingCode", "no appointment with this code here"));
            if (a.status().equals("CHECKED_IN") && a.ticketId() != null) {
                return tickets.toDto(ctx.sql, tickets.load(ctx.sql, a.ticketId()));
            }
            if (!a.status().equals("BOOKED")) {
                throw new Conflict(
                        "appointment-" + a.status().toLowerCase(Locale.ROOT), "appointment is " + a.status());
            }
            long now = clock.millis();
            long starts = a.startsAt().toEpochMilli();
            if (now < starts - earlyMillis) {
                throw new Conflict("appointment-too-early", "check-in opens " + earlyMillis / 60000 + " min before");
            }
            boolean late = now > starts + lateMillis;
            if (late && !lateAsWalkIn) {
                throw new Conflict("appointment-too-late", "the appointment time has passed");
            }
            Catalog.Queue queue = catalog.queue(a.queueId()).orElseThrow();
            String service = catalog.services(pointId).stream()
                    .filter(s -> s.queueId().equals(queue.id()))
                    .map(fi.luukku.core.api.ServiceDto::id)
                    .findFirst()
                    .orElse(null);
            String day = tickets.today();
            String number = queue.prefix() + String.format("%03d", tickets.nextNumber(ctx.sql, queue.id(), day));
            TicketRow t = tickets.repository()
                    .insert(
                            ctx.sql,
                            pointId,
                            day,
                            number,
                            queue.id(),
                            service,
                            language,
                            a.specialNeeds(),
                            null,
                            now,
                            late ? now : starts,
                            a.id(),
                            late ? null : starts,
                            false,
                            List.of(),
                            null,
                            false);
            ctx.sql.update("UPDATE appointments SET status = 'CHECKED_IN', ticket_id = ? WHERE id = ?", t.id(), a.id());
            TicketDto dto = tickets.toDto(ctx.sql, t);
            ctx.emit(EventTypes.APPOINTMENT_CHECKED_IN, load(ctx.sql, a.id()));
            ctx.emit(EventTypes.TICKET_ISSUED, dto);
            ctx.queueChanged(queue.id());
            return dto;
        });
    }
}
