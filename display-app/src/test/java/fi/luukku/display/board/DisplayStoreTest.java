package fi.luukku.display.board;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static fi.luukku.display.testing.Fixtures.desks;
import static fi.luukku.display.testing.Fixtures.emptySnapshot;
import static fi.luukku.display.testing.Fixtures.event;
import static fi.luukku.display.testing.Fixtures.queue;
import static fi.luukku.display.testing.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.LuukkuEvent;
import fi.luukku.core.live.CallEntry;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisplayStoreTest {
    private final DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
    private final List<DisplayStore.Change> changes = new ArrayList<>();

    @BeforeEach
    void listen() {
        store.addListener(changes::add);
    }

    private List<String> announced() {
        return changes.stream()
                .flatMap(c -> c.newCalls().stream())
                .map(CallEntry::number)
                .toList();
    }

    @Test
    void eventsBeforeTheFirstSnapshotAreIgnored() {
        store.apply(called(5, "a", "K001", "d1", T0));
        assertThat(store.state().isLoaded()).isFalse();
        assertThat(changes).isEmpty();
    }

    @Test
    void aReloadAnnouncesNothingAndKeepsTheDesks() {
        store.reload(
                Fixtures.snapshot(9, List.of(ticket("a", "K001", TicketStatus.CALLED, "d1", T0)), List.of()), desks());
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.reload()).isTrue();
            assertThat(c.newCalls()).isEmpty();
        });
        assertThat(store.desks()).containsKeys("d1", "d2", "d3");
        assertThat(store.state().recentCalls()).hasSize(1);
    }

    @Test
    void callsAndRecallsAreAnnouncedOnceEach() {
        store.reload(emptySnapshot(10), desks());
        store.apply(called(11, "a", "K001", "d1", T0));
        store.apply(event(12, "ticket.started", ticket("a", "K001", TicketStatus.SERVING, "d1", T0)));
        store.apply(event(13, "ticket.recalled", ticket("a", "K001", TicketStatus.CALLED, "d1", T0, 1, null)));
        assertThat(announced()).containsExactly("K001", "K001");
    }

    @Test
    void anEventAlreadyFoldedIsSkipped() {
        store.reload(emptySnapshot(10), desks());
        store.apply(called(8, "old", "K000", "d1", T0));
        store.apply(called(11, "a", "K001", "d1", T0));
        store.apply(called(11, "a", "K001", "d1", T0));
        assertThat(announced()).containsExactly("K001");
        assertThat(store.state().recentCalls()).extracting(CallEntry::number).containsExactly("K001");
    }

    @Test
    void aReloadedSnapshotThatAlreadyHoldsACallDoesNotAnnounceItAgain() {
        store.reload(emptySnapshot(10), desks());
        store.apply(called(11, "a", "K001", "d1", T0));
        store.reload(
                Fixtures.snapshot(11, List.of(ticket("a", "K001", TicketStatus.CALLED, "d1", T0)), List.of()), desks());
        store.apply(called(12, "b", "K002", "d2", T0.plusSeconds(1)));
        assertThat(announced()).containsExactly("K001", "K002");
    }

    @Test
    void aReloadAfterAnOutageAnnouncesTheCallsMissedMeanwhileThatStillStand() {
        store.reload(emptySnapshot(10), desks());
        store.apply(called(11, "a", "K001", "d1", T0));
        store.reload(
                Fixtures.snapshot(
                        20,
                        List.of(
                                ticket("a", "K001", TicketStatus.SERVING, "d1", T0),
                                ticket("b", "K002", TicketStatus.FINISHED, "d2", T0.plusSeconds(5)),
                                ticket("c", "K003", TicketStatus.CALLED, "d2", T0.plusSeconds(9)),
                                ticket("d", "K004", TicketStatus.CALLED, "d1", T0.plusSeconds(12))),
                        List.of()),
                desks());
        assertThat(changes.get(changes.size() - 1).reload()).isTrue();
        assertThat(announced()).containsExactly("K001", "K003", "K004");
    }

    @Test
    void aServiceWhoseEventIdsStartedAgainIsFollowedDown() {
        store.reload(emptySnapshot(500), desks());
        store.apply(called(501, "a", "K001", "d1", T0));
        store.reload(emptySnapshot(3), desks()); // the service's event log was wiped
        store.apply(called(4, "b", "K002", "d2", T0.plusSeconds(1)));
        assertThat(announced()).containsExactly("K001", "K002");
        assertThat(store.state().latestCall()).map(CallEntry::number).contains("K002");
    }

    @Test
    void unreadableDataIsSkippedButTheStreamPositionMoves() {
        store.reload(emptySnapshot(10), desks());
        store.apply(new LuukkuEvent(11, "ticket.called", "{not json"));
        store.apply(new LuukkuEvent(12, "queue.updated", "[]"));
        assertThat(store.state().lastEventId()).isEqualTo(12);
        assertThat(announced()).isEmpty();
    }

    @Test
    void queueInfoAndIgnoredEventsAreFolded() {
        store.reload(emptySnapshot(10), desks());
        store.apply(event(11, "queue.updated", queue("q-k", "K", 8, 2400)));
        store.apply(event(12, "info.updated", List.of(Fixtures.info("i", "Tervetuloa", 1))));
        store.apply(event(13, "help.requested", java.util.Map.of("id", "h1")));
        assertThat(store.state().queue("q-k")).map(q -> q.waiting()).contains(8);
        assertThat(store.state().infoMessages()).hasSize(1);
        assertThat(store.state().lastEventId()).isEqualTo(13);
    }

    @Test
    void linkChangesAreReportedOnce() {
        store.link(LinkStatus.LIVE);
        store.link(LinkStatus.LIVE);
        store.link(LinkStatus.RECONNECTING);
        assertThat(changes).hasSize(2);
        assertThat(store.link()).isEqualTo(LinkStatus.RECONNECTING);
    }
}
