package fi.luukku.display.feed;

import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.net.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a display's state right, push only: loads the point's snapshot, then follows the event stream from
 * the snapshot's {@code lastEventId} (the stream client resumes with {@code Last-Event-ID} and reconnects
 * with backoff by itself). Reloads the snapshot, and opens a fresh stream from it, when the service says
 * {@code stream.reset}, after an outage long enough that resuming is not worth trusting, and once a day when
 * the date changes (numbers start again every morning). Everything it hands to the {@link Sink} arrives on
 * the UI thread; events of a stream that was replaced are dropped.
 */
public final class DisplayFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DisplayFeed.class);

    /** Where the feed delivers, always on the UI thread. */
    public interface Sink {
        void reload(SnapshotDto snapshot, List<DeskDto> desks);

        void event(LuukkuEvent event);

        void link(LinkStatus status);
    }

    private record Loaded(SnapshotDto snapshot, List<DeskDto> desks) {}

    private final LuukkuClient client;
    private final String point;
    private final EventStream.Factory streams;
    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration longOutage;
    private final Sink sink;

    // UI-thread state
    private int generation;
    private EventStream stream;
    private boolean loading;
    private boolean hasData;
    private boolean closed;
    /** Snapshot reloads: 500 ms doubling to 15 s, up to a quarter shorter at random (displays spread out). */
    private final Backoff retry = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(15), 0.25);

    private Instant brokenSince;
    private LocalDate loadedDay;
    private ZoneId zone = ZoneId.of("Europe/Helsinki");

    public DisplayFeed(
            LuukkuClient client,
            String point,
            EventStream.Factory streams,
            TaskRunner runner,
            Scheduler scheduler,
            Clock clock,
            Duration longOutage,
            Sink sink) {
        this.client = Objects.requireNonNull(client);
        this.point = Objects.requireNonNull(point);
        this.streams = Objects.requireNonNull(streams);
        this.runner = Objects.requireNonNull(runner);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.clock = Objects.requireNonNull(clock);
        this.longOutage = Objects.requireNonNull(longOutage);
        this.sink = Objects.requireNonNull(sink);
    }

    /** The real stream: {@link EventStreamClient} on the client's base URL and token. */
    public static EventStream.Factory eventStreams(LuukkuClient client, String point) {
        return (lastEventId, listener) -> {
            EventStreamClient c = new EventStreamClient(
                    client.baseUrl(), point, client::currentToken, client.httpClient(), lastEventId, listener);
            return new EventStream() {
                @Override
                public void start() {
                    c.start();
                }

                @Override
                public void close() {
                    c.close();
                }
            };
        };
    }

    /** Sent by the service after any configuration change at the point (see AdminService). */
    static final String CATALOG_UPDATED = "catalog.updated";

    /** Starts loading; call on the UI thread. */
    public void start() {
        sink.link(LinkStatus.CONNECTING);
        resync();
    }

    /** Drops the current stream and loads a fresh snapshot (then a fresh stream from it). */
    public void resync() {
        if (closed || loading) {
            return;
        }
        loading = true;
        int gen = ++generation;
        closeStream();
        runner.run(
                () -> new Loaded(client.snapshot(point), client.desks(point)),
                loaded -> onLoaded(gen, loaded),
                error -> onLoadFailed(gen, error));
    }

    /** Called every second or so by the app: reloads when the day changed at the point. */
    public void tick() {
        if (closed || loadedDay == null || loading) {
            return;
        }
        if (!LocalDate.now(clock.withZone(zone)).equals(loadedDay)) {
            log.info("a new day at {}: reloading the display state", point);
            resync();
        }
    }

    private void onLoaded(int gen, Loaded loaded) {
        if (closed || gen != generation) {
            return;
        }
        loading = false;
        retry.reset();
        hasData = true;
        brokenSince = null;
        zone = zoneOf(loaded.snapshot());
        loadedDay = LocalDate.now(clock.withZone(zone));
        sink.reload(loaded.snapshot(), loaded.desks() == null ? List.of() : loaded.desks());
        sink.link(LinkStatus.LIVE);
        openStream(gen, loaded.snapshot().lastEventId());
    }

    private void onLoadFailed(int gen, Exception error) {
        if (closed || gen != generation) {
            return;
        }
        loading = false;
        Duration wait = retry.next();
        log.info(
                "snapshot of {} could not be loaded ({}); retrying in {} ms",
                point,
                error.getMessage(),
                wait.toMillis());
        sink.link(hasData ? LinkStatus.RECONNECTING : LinkStatus.CONNECTING);
        scheduler.after(wait, this::resync);
    }

    private void openStream(int gen, long lastEventId) {
        EventStream s = streams.open(lastEventId, new EventStreamClient.Listener() {
            @Override
            public void onEvent(LuukkuEvent event) {
                runner.onUi(() -> onStreamEvent(gen, event));
            }

            @Override
            public void onLinkState(EventStreamClient.LinkState state) {
                runner.onUi(() -> onStreamState(gen, state));
            }
        });
        stream = s;
        s.start();
    }

    private void onStreamEvent(int gen, LuukkuEvent event) {
        if (closed || gen != generation) {
            return;
        }
        if (EventTypes.STREAM_RESET.equals(event.type())) {
            log.info("the service asked {} to reload its state", point);
            resync();
            return;
        }
        if (CATALOG_UPDATED.equals(event.type())) {
            // queues, desks, names or the point changed: the snapshot carries them all, read afresh
            log.info("the catalogue of {} changed: reloading", point);
            resync();
            return;
        }
        sink.event(event);
    }

    private void onStreamState(int gen, EventStreamClient.LinkState state) {
        if (closed || gen != generation) {
            return;
        }
        switch (state) {
            case RECONNECTING -> {
                if (brokenSince == null) {
                    brokenSince = clock.instant();
                }
                sink.link(LinkStatus.RECONNECTING);
            }
            case CONNECTED -> {
                Instant since = brokenSince;
                brokenSince = null;
                if (since != null && Duration.between(since, clock.instant()).compareTo(longOutage) >= 0) {
                    // resuming would probably work, but after a long break a fresh snapshot is certain
                    resync();
                } else {
                    sink.link(LinkStatus.LIVE);
                }
            }
            default -> {
                // CONNECTING / CLOSED: nothing to show
            }
        }
    }

    private static ZoneId zoneOf(SnapshotDto s) {
        try {
            if (s.point() != null && s.point().timeZone() != null) {
                return ZoneId.of(s.point().timeZone());
            }
        } catch (RuntimeException e) {
            // an unknown zone id: keep Finland's
        }
        return ZoneId.of("Europe/Helsinki");
    }

    private void closeStream() {
        EventStream s = stream;
        stream = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        generation++;
        closeStream();
    }
}
