package fi.luukku.service.ticket;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.CallRequest;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.ServiceEventDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.api.TransferRequest;
import fi.luukku.core.api.TriageDto;
import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.TicketLifecycle;
import fi.luukku.core.domain.TicketLifecycle.Command;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.domain.WireNames;
import fi.luukku.core.events.EventTypes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.change.Mutations;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.Sql;
import fi.luukku.service.error.Conflict;
import fi.luukku.service.error.Invalid;
import fi.luukku.service.error.NotFound;
import fi.luukku.service.point.Catalog;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What staff do to one ticket at the desk; every state check goes through {@link TicketLifecycle}. */
final class TicketCommands {
    private final Database db;
    private final Mutations mutations;
    private final TicketRepository repository;
    private final TicketAssembler assembler;
    private final TicketAccess access;
    private final Catalog catalog;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final int noShowAfterRecalls;

    TicketCommands(
            Database db,
            Mutations mutations,
            TicketRepository repository,
            TicketAssembler assembler,
            TicketAccess access,
            Catalog catalog,
            ObjectMapper mapper,
            Clock clock,
            int noShowAfterRecalls) {
        this.db = db;
        this.mutations = mutations;
        this.repository = repository;
        this.assembler = assembler;
        this.access = access;
        this.catalog = catalog;
        this.mapper = mapper;
        this.clock = clock;
        this.noShowAfterRecalls = noShowAfterRecalls;
    }

    @FunctionalInterface
    interface Action {
        /** Changes the ticket and returns the event type to emit. */
        String apply(Mutations.Ctx ctx, TicketRow t) throws SQLException;
    }

    /** The point a ticket belongs to, for locking; 404 when it does not exist. */
    String pointOf(String ticketId) {
        return db.read(sql -> repository.pointOf(sql, ticketId)).orElseThrow(() -> new NotFound("ticket", ticketId));
    }

    TicketDto act(Principal p, String ticketId, Action action) {
        String point = pointOf(ticketId);
        return mutations.run(point, ctx -> {
            TicketRow t = repository.load(ctx.sql, ticketId);
            access.requireActor(p, t);
            String type = action.apply(ctx, t);
            TicketRow after = repository.load(ctx.sql, ticketId);
            TicketDto dto = assembler.toDto(ctx.sql, after);
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

    /** Refuses (409 illegal-transition) a command the ticket's state does not accept. */
    static void require(Command c, TicketRow t) {
        if (!TicketLifecycle.allows(c, t.status())) {
            Object target = c == Command.TRANSFER ? TicketStatus.TRANSFERRED : c.leadsTo();
            throw new Conflict(
                    "illegal-transition",
                    "ticket " + t.number() + " is " + t.status() + " and cannot become " + target);
        }
    }

    TicketDto call(Principal p, String ticketId, CallRequest r) {
        String deskId = r.deskId();
        return act(p, ticketId, (ctx, t) -> {
            Catalog.Desk desk = catalog.desk(deskId)
                    .filter(d -> d.pointId().equals(t.pointId()))
                    .orElseThrow(() -> new Invalid("deskId", "no desk " + deskId + " at " + t.pointId()));
            require(Command.CALL, t);
            repository.markCalled(ctx.sql, t.id(), desk.id(), clock.millis(), p.subject(), false);
            return EventTypes.TICKET_CALLED;
        });
    }

    TicketDto recall(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.RECALL, t);
            if (noShowAfterRecalls > 0 && t.recalls() >= noShowAfterRecalls) {
                repository.close(ctx.sql, t.id(), TicketStatus.NO_SHOW.name(), clock.millis());
                return EventTypes.TICKET_NO_SHOW;
            }
            repository.markRecalled(ctx.sql, t.id(), clock.millis());
            return EventTypes.TICKET_RECALLED;
        });
    }

    TicketDto start(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.START, t);
            repository.markServing(ctx.sql, t.id(), clock.millis());
            return EventTypes.TICKET_STARTED;
        });
    }

    TicketDto noShow(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.NO_SHOW, t);
            repository.close(ctx.sql, t.id(), TicketStatus.NO_SHOW.name(), clock.millis());
            return EventTypes.TICKET_NO_SHOW;
        });
    }

    /** Takes back a no-show marked in error within {@link TicketService#UNDO_NO_SHOW_MILLIS}: waits at its old place. */
    TicketDto undoNoShow(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.UNDO_NO_SHOW, t);
            if (t.finishedAt() == null || clock.millis() - t.finishedAt() > TicketService.UNDO_NO_SHOW_MILLIS) {
                throw new Conflict(
                        "undo-no-show", "ticket " + t.number() + " is not a no-show of the last five minutes");
            }
            repository.reopenNoShow(ctx.sql, t.id());
            return EventTypes.TICKET_NO_SHOW_UNDONE;
        });
    }

    TicketDto park(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.PARK, t);
            repository.markParked(ctx.sql, t.id());
            return EventTypes.TICKET_PARKED;
        });
    }

    TicketDto unpark(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.UNPARK, t);
            repository.markUnparked(ctx.sql, t.id());
            return EventTypes.TICKET_UNPARKED;
        });
    }

    TicketDto cancel(Principal p, String ticketId) {
        return act(p, ticketId, (ctx, t) -> {
            require(Command.CANCEL, t);
            repository.close(ctx.sql, t.id(), TicketStatus.CANCELLED.name(), clock.millis());
            return EventTypes.TICKET_CANCELLED;
        });
    }

    TicketDto transfer(Principal p, String ticketId, TransferRequest r) {
        return act(p, ticketId, (ctx, t) -> {
            moveToQueue(ctx, t, r.queueId(), r.toFront(), r.notes());
            return EventTypes.TICKET_TRANSFERRED;
        });
    }

    /** Moves an open ticket into another queue of its point, keeping its number. */
    void moveToQueue(Mutations.Ctx ctx, TicketRow t, String queueId, boolean toFront, String notes)
            throws SQLException {
        Catalog.Queue target = catalog.queue(queueId)
                .filter(q -> q.pointId().equals(t.pointId()))
                .orElseThrow(() -> new Invalid("queueId", "no queue " + queueId + " at " + t.pointId()));
        require(Command.TRANSFER, t);
        long now = clock.millis();
        long sortAt = toFront ? repository.frontOf(ctx.sql, target.id(), t.day(), now) : now;
        repository.moveToQueue(ctx.sql, t.id(), target.id(), sortAt, notes);
        ctx.queueChanged(t.queueId());
        ctx.queueChanged(target.id());
    }

    TicketDto finish(Principal p, String ticketId, FinishRequest r) {
        Outcome outcome = WireNames.parse(Outcome.class, r.outcome());
        Integer assessment = r.assessment();
        List<ServiceEventDto> events = r.serviceEvents() == null ? List.of() : r.serviceEvents();
        for (ServiceEventDto e : events) {
            knownEvent(e);
        }
        String notes = r.notes();
        return act(p, ticketId, (ctx, t) -> {
            require(Command.FINISH, t);
            if (t.status() == TicketStatus.CALLED) {
                repository.startAtCall(ctx.sql, t.id());
            }
            for (ServiceEventDto e : events) {
                insertServiceEvent(ctx.sql, t, e, p);
            }
            repository.markFinished(
                    ctx.sql, t.id(), clock.millis(), outcome == null ? null : outcome.name(), assessment, notes);
            ctx.queueChanged(t.queueId());
            if (!t.plan().isEmpty()) {
                // a service chain: this step is done, the next authority's queue is next
                TicketDto done = assembler.toDto(repository.load(ctx.sql, t.id()), 0, 0);
                ctx.emit(EventTypes.TICKET_FINISHED, done);
                repository.continuePlan(
                        ctx.sql, t.id(), t.plan().subList(1, t.plan().size()));
                TicketRow again = repository.load(ctx.sql, t.id());
                moveToQueue(ctx, again, t.plan().get(0), false, null);
                return EventTypes.TICKET_TRANSFERRED;
            }
            return EventTypes.TICKET_FINISHED;
        });
    }

    /** Refuses an event of a type or authority the catalogue does not know (its shape was checked at the edge). */
    void knownEvent(ServiceEventDto e) {
        if (catalog.eventType(e.typeId()).isEmpty()) {
            throw new Invalid("typeId", "unknown service-event type " + e.typeId());
        }
        if (e.authorityId() != null && catalog.authority(e.authorityId()).isEmpty()) {
            throw new Invalid("authorityId", "unknown authority " + e.authorityId());
        }
    }

    ServiceEventDto insertServiceEvent(Sql sql, TicketRow t, ServiceEventDto e, Principal p) throws SQLException {
        String queueAuthority =
                catalog.queue(t.queueId()).map(Catalog.Queue::authorityId).orElse("neuvonta");
        String authority = e.authorityId() != null ? e.authorityId() : queueAuthority;
        if (!authority.equals(queueAuthority)
                && !catalog.point(t.pointId()).authorityIds().contains(authority)) {
            // billed per point x authority: an event of an authority the point does not host is refused now,
            // never dropped later from the bill
            throw new Invalid("authorityId", "point " + t.pointId() + " does not host authority " + authority);
        }
        int count = e.count() <= 0 ? 1 : e.count();
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        repository.insertServiceEvent(
                sql, id, t, e.typeId(), authority, count, t.deskId() != null ? t.deskId() : p.deskId(), now);
        return new ServiceEventDto(id, e.typeId(), authority, count, Instant.ofEpochMilli(now));
    }

    ServiceEventDto recordServiceEvent(Principal p, String ticketId, ServiceEventDto e, String idemKey) {
        knownEvent(e);
        String point = pointOf(ticketId);
        String scope = idemKey == null ? null : "service-event:" + ticketId + ":" + idemKey;
        return mutations.run(point, scope, ServiceEventDto.class, ctx -> {
            TicketRow t = repository.load(ctx.sql, ticketId);
            access.requireActor(p, t);
            if (!TicketLifecycle.allows(Command.RECORD_SERVICE_EVENT, t.status())) {
                throw new Conflict("ticket " + t.number() + " is " + t.status());
            }
            return insertServiceEvent(ctx.sql, t, e, p);
        });
    }

    TicketDto triage(Principal p, String ticketId, TriageDto r) {
        if (r.authorityId() != null && catalog.authority(r.authorityId()).isEmpty()) {
            throw new Invalid("authorityId", "unknown authority " + r.authorityId());
        }
        String topic = r.topic();
        List<String> needs = TicketService.needs(r.specialNeeds());
        Channel channel = WireNames.parse(Channel.class, r.channel());
        String notes = r.notes();
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
        return act(p, ticketId, (ctx, t) -> {
            if (!TicketLifecycle.allows(Command.TRIAGE, t.status())) {
                throw new Conflict("ticket " + t.number() + " is " + t.status() + "; triage only on open tickets");
            }
            repository.setTriage(ctx.sql, t.id(), json, notes);
            return EventTypes.TICKET_UPDATED;
        });
    }
}
