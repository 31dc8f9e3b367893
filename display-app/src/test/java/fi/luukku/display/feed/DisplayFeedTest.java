package fi.luukku.display.feed;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.events.EventStreamClient;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.testing.Fixtures;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class DisplayFeedTest {
    private final MutableClock clock = new MutableClock(T0);
    private final Deque<Object> snapshots = new ArrayDeque<>();
    private final List<String> log = new ArrayList<>();
    private final List<FakeStream> streams = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();

    private final LuukkuClient client =
            new LuukkuClient("http://localhost:1", () -> "t", new OkHttpClient(), Fixtures.MAPPER) {
                @Override
                public SnapshotDto snapshot(String pointId) {
                    Object next = snapshots.isEmpty() ? null : snapshots.removeFirst();
                    if (next instanceof SnapshotDto s) {
                        return s;
                    }
                    throw ApiException.unreachable(new IOException("connection refused"));
                }

                @Override
                public List<DeskDto> desks(String pointId) {
                    return Fixtures.desks();
                }
            };

    private final DisplayFeed.Sink sink = new DisplayFeed.Sink() {
        @Override
        public void reload(SnapshotDto snapshot, List<DeskDto> desks) {
            log.add("reload " + snapshot.lastEventId());
        }

        @Override
        public void event(LuukkuEvent event) {
            log.add("event " + event.id());
        }

        @Override
        public void link(LinkStatus status) {
            log.add(status.name());
        }
    };

    private final class FakeStream implements EventStream {
        final long from;
        final EventStreamClient.Listener listener;
        boolean started;
        boolean closed;

        FakeStream(long from, EventStreamClient.Listener listener) {
            this.from = from;
            this.listener = listener;
        }

        @Override
        public void start() {
            started = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final DisplayFeed feed = new DisplayFeed(
            client,
            "mikkeli",
            (from, l) -> {
                FakeStream s = new FakeStream(from, l);
                streams.add(s);
                return s;
            },
            new CurrentThreadTaskRunner(),
            (d, r) -> {
                delays.add(d);
                scheduled.add(r);
            },
            clock,
            Duration.ofSeconds(5),
            sink);

    private void runScheduled() {
        List<Runnable> now = new ArrayList<>(scheduled);
        scheduled.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void loadsTheSnapshotThenFollowsTheStreamFromItsLastEventId() {
        snapshots.add(Fixtures.emptySnapshot(42));
        feed.start();
        assertThat(log).containsExactly("CONNECTING", "reload 42", "LIVE");
        assertThat(streams).singleElement().satisfies(s -> {
            assertThat(s.from).isEqualTo(42);
            assertThat(s.started).isTrue();
        });
        streams.get(0).listener.onEvent(called(43, "a", "K001", "d1", T0));
        assertThat(log).endsWith("event 43");
    }

    @Test
    void retriesTheSnapshotWithGrowingBackoffWhileTheServiceIsAway() {
        snapshots.add("down");
        snapshots.add("down");
        snapshots.add(Fixtures.emptySnapshot(7));
        feed.start();
        assertThat(log).containsExactly("CONNECTING", "CONNECTING");
        runScheduled();
        runScheduled();
        assertThat(delays).hasSize(2);
        assertThat(delays.get(1)).isGreaterThan(delays.get(0));
        assertThat(log).endsWith("reload 7", "LIVE");
        assertThat(streams).hasSize(1);
    }

    @Test
    void aShortBreakResumesTheSameStreamAndShowsReconnecting() {
        snapshots.add(Fixtures.emptySnapshot(1));
        feed.start();
        FakeStream s = streams.get(0);
        s.listener.onLinkState(EventStreamClient.LinkState.RECONNECTING);
        assertThat(log).endsWith("RECONNECTING");
        clock.advance(Duration.ofSeconds(2));
        s.listener.onLinkState(EventStreamClient.LinkState.CONNECTED);
        assertThat(log).endsWith("LIVE");
        assertThat(streams).hasSize(1);
        assertThat(s.closed).isFalse();
    }

    @Test
    void aLongOutageReloadsTheSnapshotAndOpensAFreshStream() {
        snapshots.add(Fixtures.emptySnapshot(1));
        snapshots.add(Fixtures.emptySnapshot(90));
        feed.start();
        FakeStream s = streams.get(0);
        s.listener.onLinkState(EventStreamClient.LinkState.RECONNECTING);
        clock.advance(Duration.ofSeconds(30));
        s.listener.onLinkState(EventStreamClient.LinkState.CONNECTED);
        assertThat(s.closed).isTrue();
        assertThat(log).endsWith("reload 90", "LIVE");
        assertThat(streams).hasSize(2);
        assertThat(streams.get(1).from).isEqualTo(90);
        // late events of the replaced stream are dropped
        s.listener.onEvent(called(91, "a", "K001", "d1", T0));
        assertThat(log).doesNotContain("event 91");
    }

    @Test
    void streamResetReloadsTheSnapshot() {
        snapshots.add(Fixtures.emptySnapshot(1));
        snapshots.add(Fixtures.emptySnapshot(3));
        feed.start();
        streams.get(0).listener.onEvent(new LuukkuEvent(2, "stream.reset", "{}"));
        assertThat(log).doesNotContain("event 2").endsWith("reload 3", "LIVE");
        assertThat(streams.get(0).closed).isTrue();
        assertThat(streams.get(1).from).isEqualTo(3);
    }

    @Test
    void catalogUpdatedReloadsTheSnapshotAndDesks() {
        snapshots.add(Fixtures.emptySnapshot(1));
        snapshots.add(Fixtures.emptySnapshot(4));
        feed.start();
        streams.get(0).listener.onEvent(new LuukkuEvent(4, "catalog.updated", "{}"));
        assertThat(log).doesNotContain("event 4").endsWith("reload 4", "LIVE");
        assertThat(streams.get(1).from).isEqualTo(4);
    }

    @Test
    void reloadsOnceWhenTheDayChangesAtThePoint() {
        snapshots.add(Fixtures.emptySnapshot(1));
        snapshots.add(Fixtures.emptySnapshot(2));
        feed.start();
        clock.set(java.time.Instant.parse("2026-11-20T21:59:00Z")); // 23:59 in Helsinki
        feed.tick();
        assertThat(streams).hasSize(1);
        clock.set(java.time.Instant.parse("2026-11-20T22:00:30Z")); // 00:00:30 the next day
        feed.tick();
        feed.tick();
        assertThat(streams).hasSize(2);
        assertThat(log).endsWith("reload 2", "LIVE");
    }

    @Test
    void aFailedReloadKeepsTheLastStateAndSaysReconnecting() {
        snapshots.add(Fixtures.emptySnapshot(1));
        snapshots.add("down");
        snapshots.add(Fixtures.emptySnapshot(5));
        feed.start();
        feed.resync();
        assertThat(log).endsWith("RECONNECTING");
        runScheduled();
        assertThat(log).endsWith("reload 5", "LIVE");
    }

    @Test
    void closingStopsEverything() {
        snapshots.add(Fixtures.emptySnapshot(1));
        feed.start();
        feed.close();
        assertThat(streams.get(0).closed).isTrue();
        streams.get(0).listener.onEvent(called(2, "a", "K001", "d1", T0));
        assertThat(log).doesNotContain("event 2");
    }
}
