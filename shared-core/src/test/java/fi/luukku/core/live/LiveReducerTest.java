package fi.luukku.core.live;

import static fi.luukku.core.live.LiveFixtures.T0;
import static fi.luukku.core.live.LiveFixtures.event;
import static fi.luukku.core.live.LiveFixtures.help;
import static fi.luukku.core.live.LiveFixtures.queue;
import static fi.luukku.core.live.LiveFixtures.snapshot;
import static fi.luukku.core.live.LiveFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.events.LuukkuEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveReducerTest {
    private final LiveReducer reducer = new LiveReducer(LiveFixtures.MAPPER);
    private final LiveState start = LiveState.fromSnapshot(snapshot(
            10,
            List.of(),
            List.of(
                    ticket("a", "K001", TicketStatus.WAITING, null, null),
                    ticket("b", "K002", TicketStatus.CALLED, "d1", T0),
                    ticket("z", "K000", TicketStatus.FINISHED, "d1", T0))));

    @Test
    void aSnapshotKeepsOnlyOpenTicketsAndUnacknowledgedHelp() {
        SnapshotDto s = new SnapshotDto(
                3,
                LiveFixtures.point(),
                List.of(),
                List.of(ticket("a", "K001", TicketStatus.WAITING, null, null)),
                List.of(),
                List.of(help("h1", null), help("h2", T0)),
                List.of());
        LiveState st = LiveState.fromSnapshot(s);
        assertThat(st.openTickets()).containsOnlyKeys("a");
        assertThat(st.openHelp()).extracting(h -> h.id()).containsExactly("h1");
        assertThat(start.openTickets()).containsOnlyKeys("a", "b");
    }

    @Test
    void ticketEventsOpenMoveAndCloseTickets() {
        LiveState s =
                reducer.apply(start, event(11, "ticket.issued", ticket("c", "K003", TicketStatus.WAITING, null, null)));
        s = reducer.apply(s, event(12, "ticket.called", ticket("a", "K001", TicketStatus.CALLED, "d2", T0)));
        s = reducer.apply(s, event(13, "ticket.finished", ticket("b", "K002", TicketStatus.FINISHED, "d1", T0)));
        assertThat(s.openTickets()).containsOnlyKeys("a", "c");
        assertThat(s.openTickets().get("a").status()).isEqualTo(TicketStatus.CALLED);
        assertThat(s.latestCall()).get().extracting(CallEntry::number).isEqualTo("K001");
        assertThat(s.currentAtDesk("d1")).isEmpty();
        assertThat(s.lastEventId()).isEqualTo(13);
    }

    @Test
    void anEventAlreadyFoldedChangesNothing() {
        LiveState s =
                reducer.apply(start, event(9, "ticket.finished", ticket("a", "K001", TicketStatus.FINISHED, null, T0)));
        assertThat(s).isSameAs(start);
        assertThat(s.openTickets()).containsKey("a");
    }

    @Test
    void helpRequestsComeOnceAndLeaveWhenAcknowledged() {
        LiveState s = reducer.apply(start, event(11, "help.requested", help("h1", null)));
        s = reducer.apply(s, event(12, "help.requested", help("h1", null)));
        assertThat(s.openHelp()).hasSize(1);
        s = reducer.apply(s, event(13, "help.acknowledged", help("h1", T0)));
        assertThat(s.openHelp()).isEmpty();
    }

    @Test
    void queueUpdatesReplaceTheQueueInPlace() {
        LiveState s = reducer.apply(start, event(11, "queue.updated", queue("q-k", "K", 9, 60)));
        assertThat(s.queues()).extracting(q -> q.id() + "=" + q.waiting()).containsExactly("q-k=9", "q-p=0");
    }

    @Test
    void unknownEventsOnlyMoveTheStreamPosition() {
        LiveState s = reducer.apply(start, new LuukkuEvent(11, "incident.recorded", "{}"));
        assertThat(s.lastEventId()).isEqualTo(11);
        assertThat(s.openTickets()).isEqualTo(start.openTickets());
    }

    @Test
    void unreadableDataIsReportedOrSkipped() {
        LuukkuEvent bad = new LuukkuEvent(11, "ticket.called", "not json");
        assertThatThrownBy(() -> reducer.apply(start, bad)).isInstanceOf(LiveReducer.UnreadableEvent.class);
        List<Object> reported = new ArrayList<>();
        LiveState s = reducer.applyLenient(start, bad, reported::add);
        assertThat(reported).hasSize(1);
        assertThat(s.lastEventId()).isEqualTo(11);
        assertThat(s.openTickets()).isEqualTo(start.openTickets());
    }

    @Test
    void aTicketFromTheClientsOwnCallDoesNotMoveTheStream() {
        LiveState s = start.withTicket(ticket("a", "K001", TicketStatus.NO_SHOW, "d1", T0));
        assertThat(s.openTickets()).containsOnlyKeys("b");
        assertThat(s.lastEventId()).isEqualTo(10);
    }
}
