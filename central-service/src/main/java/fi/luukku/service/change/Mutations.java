package fi.luukku.service.change;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.service.db.Database;
import fi.luukku.service.db.InstanceMessages;
import fi.luukku.service.db.Sql;
import fi.luukku.service.event.EventHub;
import fi.luukku.service.event.EventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a change at one point: one transaction that first takes the point's lock, records events, answers
 * idempotent repeats from the stored first answer, and signals the event hub after the commit.
 */
public final class Mutations {
    private final Database db;
    private final EventStore events;
    private final EventHub hub;
    private final ObjectMapper mapper;
    private final Clock clock;

    public Mutations(Database db, EventStore events, EventHub hub, ObjectMapper mapper, Clock clock) {
        this.db = db;
        this.events = events;
        this.hub = hub;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What a change may do besides its own SQL. */
    public final class Ctx {
        public final Sql sql;
        public final String pointId;
        final Set<String> changedQueues = new LinkedHashSet<>();
        final java.util.List<EventStore.StoredEvent> emitted = new java.util.ArrayList<>();

        Ctx(Sql sql, String pointId) {
            this.sql = sql;
            this.pointId = pointId;
        }

        public void emit(String type, Object data) throws SQLException {
            // events are kept for days and go to every device: never the ticket's notes or triage
            Object safe = data instanceof fi.luukku.core.api.TicketDto t ? Redaction.withoutNotes(t) : data;
            emitted.add(events.append(sql, pointId, type, safe));
        }

        public void queueChanged(String queueId) {
            if (queueId != null) {
                changedQueues.add(queueId);
            }
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Ctx ctx) throws SQLException;
    }

    @FunctionalInterface
    public interface QueueEmitter {
        void emitQueue(Ctx ctx, String queueId) throws SQLException;
    }

    private volatile QueueEmitter queueEmitter = (ctx, q) -> {};

    public void setQueueEmitter(QueueEmitter e) {
        this.queueEmitter = e;
    }

    /** The queues whose state (their wait estimate) may change with a queue, itself included. */
    @FunctionalInterface
    public interface RelatedQueues {
        java.util.Collection<String> of(String queueId);
    }

    private volatile RelatedQueues relatedQueues = java.util.List::of;

    /** A change in one queue also updates these (e.g. the queues sharing a desk with it: their waits move too). */
    public void setRelatedQueues(RelatedQueues r) {
        this.relatedQueues = r;
    }

    public <T> T run(String pointId, Work<T> work) {
        return run(pointId, null, null, work);
    }

    /**
     * @param idemScope when not null, the same scope answers with the stored result of the first call
     */
    public <T> T run(String pointId, String idemScope, Class<T> type, Work<T> work) {
        return run(pointId, idemScope, type, work, null);
    }

    /** What to do with the stored answer of a repeated request; may change things and answer anew. */
    @FunctionalInterface
    public interface Repeat<T> {
        T again(Ctx ctx, T stored) throws SQLException;
    }

    /**
     * @param onRepeat when not null, a repeat with a stored answer runs it (under the same lock, in one
     *     transaction) and its answer replaces the stored one
     */
    public <T> T run(String pointId, String idemScope, Class<T> type, Work<T> work, Repeat<T> onRepeat) {
        java.util.List<java.util.List<EventStore.StoredEvent>> published = new java.util.ArrayList<>(1);
        T result = db.tx(sql -> {
            events.lockPoint(sql, pointId);
            published.clear(); // a retried transaction starts over
            Ctx ctx = new Ctx(sql, pointId);
            T value;
            boolean repeated = false;
            Optional<String> stored = idemScope == null
                    ? Optional.empty()
                    : sql.one("SELECT body FROM idempotency WHERE scope = ?", rs -> rs.getString(1), idemScope);
            if (stored.isPresent()) {
                T first = read(stored.get(), type);
                if (onRepeat == null) {
                    return first;
                }
                value = onRepeat.again(ctx, first);
                repeated = true;
            } else {
                value = work.run(ctx);
            }
            Set<String> toEmit = new LinkedHashSet<>();
            for (String q : ctx.changedQueues) {
                toEmit.add(q);
                toEmit.addAll(relatedQueues.of(q));
            }
            for (String q : toEmit) {
                queueEmitter.emitQueue(ctx, q);
            }
            if (repeated) {
                sql.update(
                        "UPDATE idempotency SET body = ? WHERE scope = ?",
                        write(value instanceof fi.luukku.core.api.TicketDto t ? Redaction.withoutNotes(t) : value),
                        idemScope);
            } else if (idemScope != null) {
                sql.update(
                        "INSERT INTO idempotency (scope, status, body, created_at) VALUES (?,?,?,?)",
                        idemScope,
                        201,
                        write(value instanceof fi.luukku.core.api.TicketDto t ? Redaction.withoutNotes(t) : value),
                        clock.millis());
            }
            if (!ctx.emitted.isEmpty()) {
                // readers on other instances hear of it at commit (PostgreSQL LISTEN/NOTIFY)
                db.notifyInstances(sql, InstanceMessages.events(pointId));
            }
            published.add(ctx.emitted);
            return value;
        });
        if (!published.isEmpty() && !published.get(0).isEmpty()) {
            hub.publish(pointId, published.get(0));
        }
        return result;
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
