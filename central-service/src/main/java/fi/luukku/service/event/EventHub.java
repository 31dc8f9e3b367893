package fi.luukku.service.event;

import fi.luukku.core.events.EventTypes;
import fi.luukku.service.auth.Principal;
import fi.luukku.service.db.Database;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans persisted events out to connected readers. After a local commit the writer signals the point; events
 * written by another service instance on the same PostgreSQL database arrive as a NOTIFY ({@link #signal}); a
 * poll every half second picks them up when no such notifications are heard, else every 5 s as a fallback. Events are
 * always read back from the log in id order, so every reader sees every event exactly once and in order. Each
 * reader gets its {@link Audience}'s projection of an event, and its stream ends when its credential does
 * ({@link CredentialWatch}).
 */
public final class EventHub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventHub.class);
    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

    private static final Signal STOP = new Signal("", List.of());

    private final Database db;
    private final EventStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final EventProjection projection;
    private final CredentialWatch watch;

    private record Signal(String pointId, List<EventStore.StoredEvent> events) {}

    private final LinkedBlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final ExecutorService writers;
    private final ScheduledExecutorService timers;
    private final Thread dispatcher;
    private volatile boolean running = true;
    private volatile java.util.function.BooleanSupplier notified = () -> false;
    private int pollTicks;

    private static final class Channel {
        final Set<SseConnection> readers = ConcurrentHashMap.newKeySet();
        long lastDispatched = -1;
    }

    public EventHub(
            Database db,
            EventStore store,
            EventProjection projection,
            CredentialWatch watch,
            Clock clock,
            ZoneId zone,
            Duration heartbeat) {
        this.db = db;
        this.projection = projection;
        this.watch = watch;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        AtomicInteger n = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(8, r -> daemon(r, "luukku-sse-writer-" + n.incrementAndGet()));
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "luukku-sse-timer"));
        this.dispatcher = daemon(this::dispatchLoop, "luukku-sse-dispatcher");
        dispatcher.start();
        long hb = heartbeat.toMillis();
        timers.scheduleAtFixedRate(this::heartbeat, hb, hb, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::pollAll, 500, 500, TimeUnit.MILLISECONDS);
        // a revoked device, a logged-out or expired session: its streams end within a second
        timers.scheduleWithFixedDelay(watch::check, 300, 300, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Tells the hub that a point has new committed events. */
    public void signal(String pointId) {
        signals.offer(new Signal(pointId, null));
    }

    /**
     * Hands over the events a local transaction just committed: when they follow on from what readers already
     * have they go out without reading the log again; otherwise the log is read.
     */
    public void publish(String pointId, List<EventStore.StoredEvent> committed) {
        signals.offer(new Signal(pointId, List.copyOf(committed)));
    }

    /** The pool that writes frames to readers. */
    public java.util.concurrent.Executor writers() {
        return writers;
    }

    public int readerCount() {
        return channels.values().stream().mapToInt(c -> c.readers.size()).sum();
    }

    /**
     * Registers a reader and queues its backlog: events after {@code lastEventId}, or today's events when it is 0.
     * When the log cannot serve the resume point the reader gets {@code stream.reset} and reloads its snapshot.
     */
    public void subscribe(String pointId, SseConnection conn, long lastEventId, Principal reader) {
        conn.audience = Audience.of(reader.role());
        watch.track(reader.tokenHash(), conn);
        Channel ch = channels.computeIfAbsent(pointId, k -> new Channel());
        synchronized (ch) {
            record Backlog(long current, long firstKept, long startOfDay, List<EventStore.StoredEvent> events) {}
            long dayStart = LocalDate.now(clock.withZone(zone))
                    .atStartOfDay(zone)
                    .toInstant()
                    .toEpochMilli();
            Backlog b = db.read(sql -> {
                long current = store.lastId(sql, pointId);
                long firstKept = store.firstKeptId(sql, pointId);
                long from = lastEventId;
                if (lastEventId <= 0) {
                    long firstToday = store.firstIdSince(sql, pointId, dayStart);
                    from = firstToday == 0 ? current : firstToday - 1;
                }
                boolean gap = lastEventId > current || (lastEventId > 0 && firstKept > lastEventId + 1);
                List<EventStore.StoredEvent> events = gap ? List.of() : store.since(sql, pointId, from, current);
                return new Backlog(current, gap ? -1 : firstKept, dayStart, events);
            });
            if (b.firstKept() < 0) {
                conn.enqueue(
                        frame(b.current(), EventTypes.STREAM_RESET, "{\"reason\":\"resume point not available\"}"));
            } else {
                for (EventStore.StoredEvent e : b.events()) {
                    String data = projection.project(conn.audience, e.type(), e.data());
                    if (data != null) {
                        conn.enqueue(frame(e.id(), e.type(), data));
                    }
                }
            }
            conn.lastQueuedId = b.current();
            if (ch.lastDispatched < 0 || ch.lastDispatched > b.current()) {
                ch.lastDispatched = b.current();
            }
            ch.readers.add(conn);
        }
        if (ch.lastDispatched < conn.lastQueuedId) {
            signal(pointId);
        }
    }

    public void unsubscribe(String pointId, SseConnection conn) {
        Channel ch = channels.get(pointId);
        if (ch != null) {
            ch.readers.remove(conn);
        }
    }

    static byte[] frame(long id, String type, String data) {
        StringBuilder sb = new StringBuilder(data.length() + 64);
        sb.append("id: ").append(id).append('\n');
        sb.append("event: ").append(type).append('\n');
        for (String line : data.split("\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void dispatchLoop() {
        while (running) {
            try {
                Signal sig = signals.take();
                if (sig == STOP) {
                    return;
                }
                dispatch(sig.pointId(), sig.events());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("event dispatch failed; will retry on the next poll", e);
                }
            }
        }
    }

    private void dispatch(String pointId, List<EventStore.StoredEvent> committed) {
        Channel ch = channels.get(pointId);
        if (ch == null || ch.readers.isEmpty()) {
            return;
        }
        synchronized (ch) {
            long after = ch.lastDispatched;
            if (committed != null) {
                List<EventStore.StoredEvent> fresh =
                        committed.stream().filter(e -> e.id() > after).toList();
                if (fresh.isEmpty()) {
                    return;
                }
                if (fresh.get(0).id() == after + 1) {
                    send(ch, fresh);
                    return;
                }
            }
            List<EventStore.StoredEvent> events = db.read(sql -> {
                long current = store.lastId(sql, pointId);
                if (current <= after) {
                    return List.of();
                }
                return store.since(sql, pointId, after, current);
            });
            send(ch, events);
        }
    }

    private void send(Channel ch, List<EventStore.StoredEvent> events) {
        for (EventStore.StoredEvent e : events) {
            Map<Audience, byte[]> frames = new EnumMap<>(Audience.class);
            for (SseConnection c : ch.readers) {
                if (e.id() > c.lastQueuedId) {
                    byte[] f = frames.computeIfAbsent(c.audience, a -> {
                        String data = projection.project(a, e.type(), e.data());
                        return data == null ? NOTHING : frame(e.id(), e.type(), data);
                    });
                    if (f != NOTHING) {
                        c.enqueue(f);
                    }
                    c.lastQueuedId = e.id();
                }
            }
            ch.lastDispatched = e.id();
        }
    }

    /** Marks an event an audience does not receive. */
    private static final byte[] NOTHING = new byte[0];

    /** Ends every open stream of a credential now (logout, revocation). */
    public void endStreamsOf(String tokenHash) {
        watch.revoke(tokenHash);
    }

    /**
     * Tells the hub whether other instances' commits are being heard as notifications; while they are, the poll
     * runs only every 5 s as a fallback.
     */
    public void pollOnlyAsFallbackWhile(java.util.function.BooleanSupplier notificationsHeard) {
        this.notified = notificationsHeard;
    }

    /** Catches every channel up from the log (after the notification connection was down). */
    public void signalAll() {
        for (String pointId : channels.keySet()) {
            signal(pointId);
        }
    }

    /** Checks the credentials of open streams now (another instance revoked or logged out something). */
    public void checkCredentials() {
        timers.execute(watch::check);
    }

    private void pollAll() {
        if (notified.getAsBoolean() && ++pollTicks % 10 != 0) {
            return;
        }
        for (Map.Entry<String, Channel> e : channels.entrySet()) {
            if (!e.getValue().readers.isEmpty()) {
                signal(e.getKey());
            }
        }
    }

    private void heartbeat() {
        for (Channel ch : channels.values()) {
            for (SseConnection c : ch.readers) {
                c.enqueue(HEARTBEAT);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        signals.offer(STOP); // no interrupt: the dispatcher may be inside a database call
        timers.shutdownNow();
        for (Channel ch : channels.values()) {
            for (SseConnection c : List.copyOf(ch.readers)) {
                c.close();
            }
        }
        writers.shutdown();
        try {
            dispatcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
