package fi.luukku.core.events;

import fi.luukku.core.net.Backoff;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a point's server-sent event stream for as long as it runs: resumes with {@code Last-Event-ID}
 * after any break, reconnects with capped exponential backoff, and reports its link state. The service
 * sends a heartbeat comment every few seconds, so a read timeout means a dead link, not a quiet lobby.
 *
 * <p>Callbacks arrive on OkHttp's reader thread; UI clients hop to the FX thread in their adapter.
 */
public class EventStreamClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventStreamClient.class);

    /** The link state a client shows (a display's discreet "reconnecting" mark, the console's offline bar). */
    public enum LinkState {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        CLOSED
    }

    /** What the stream delivers. */
    public interface Listener {
        void onEvent(LuukkuEvent event);

        default void onLinkState(LinkState state) {}
    }

    /** Reconnect waits: 250 ms doubling to 12 s, up to a quarter shorter at random (200 displays must not
     * reconnect in step). */
    private final Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(12), 0.25);

    private final HttpUrl url;
    private final Supplier<String> token;
    private final OkHttpClient http;
    private final Listener listener;
    private final ScheduledExecutorService scheduler;
    private final EventSource.Factory factory;

    private volatile long lastEventId;
    private volatile boolean closed;
    private volatile EventSource current;
    private volatile LinkState state = LinkState.CLOSED;

    /**
     * @param baseUrl service root
     * @param pointId the point whose events to follow
     * @param lastEventId the id of the last event already applied (from a snapshot), 0 for all of today's
     */
    public EventStreamClient(
            HttpUrl baseUrl,
            String pointId,
            Supplier<String> token,
            OkHttpClient http,
            long lastEventId,
            Listener listener) {
        this.url = baseUrl.newBuilder()
                .addPathSegments("api/v1/points")
                .addPathSegment(pointId)
                .addPathSegment("events")
                .build();
        this.token = Objects.requireNonNull(token);
        // one long-lived connection: no call timeout, a read timeout longer than three heartbeats
        this.http = http.newBuilder()
                .readTimeout(Duration.ofSeconds(45))
                .callTimeout(Duration.ZERO)
                .retryOnConnectionFailure(false)
                .build();
        this.listener = Objects.requireNonNull(listener);
        this.lastEventId = lastEventId;
        this.factory = EventSources.createFactory(this.http);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "luukku-event-stream-" + pointId);
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        scheduler.execute(this::connect);
    }

    public long lastEventId() {
        return lastEventId;
    }

    public LinkState state() {
        return state;
    }

    private void setState(LinkState s) {
        if (state != s) {
            state = s;
            listener.onLinkState(s);
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        setState(backoff.failures() == 0 && lastEventId == 0 ? LinkState.CONNECTING : state);
        Request.Builder r = new Request.Builder().url(url).header("Accept", "text/event-stream");
        String t = token.get();
        if (t != null) {
            r.header("Authorization", "Bearer " + t);
        }
        if (lastEventId > 0) {
            r.header("Last-Event-ID", Long.toString(lastEventId));
        }
        current = factory.newEventSource(r.build(), new EventSourceListener() {
            @Override
            public void onOpen(EventSource source, Response response) {
                synchronized (EventStreamClient.this) {
                    backoff.reset();
                }
                setState(LinkState.CONNECTED);
            }

            @Override
            public void onEvent(EventSource source, String id, String type, String data) {
                long eventId = parseId(id);
                if (eventId > 0 && eventId <= lastEventId) {
                    return; // already seen: a resume may repeat the boundary event
                }
                LuukkuEvent event = new LuukkuEvent(eventId, type == null ? "message" : type, data);
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    log.warn("event {} ({}) could not be applied", eventId, type, e);
                }
                if (eventId > 0) {
                    lastEventId = eventId;
                }
            }

            @Override
            public void onClosed(EventSource source) {
                scheduleReconnect(null);
            }

            @Override
            public void onFailure(EventSource source, Throwable t, Response response) {
                scheduleReconnect(response == null ? t : new IllegalStateException("HTTP " + response.code()));
            }
        });
    }

    private static long parseId(String id) {
        if (id == null || id.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void scheduleReconnect(Throwable cause) {
        if (closed) {
            return;
        }
        setState(LinkState.RECONNECTING);
        long delay = backoff.next().toMillis();
        log.debug(
                "event stream broken ({}), reconnecting in {} ms",
                cause == null ? "closed" : cause.getMessage(),
                delay);
        try {
            scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    @Override
    public void close() {
        closed = true;
        EventSource c = current;
        if (c != null) {
            c.cancel();
        }
        scheduler.shutdownNow();
        setState(LinkState.CLOSED);
    }
}
