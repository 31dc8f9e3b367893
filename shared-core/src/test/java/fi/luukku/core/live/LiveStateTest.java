package fi.luukku.core.live;

import static fi.luukku.core.live.LiveFixtures.T0;
import static fi.luukku.core.live.LiveFixtures.queue;
import static fi.luukku.core.live.LiveFixtures.snapshot;
import static fi.luukku.core.live.LiveFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.domain.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisplayStateTest {

    private static List<String> numbers(LiveState s) {
        return s.recentCalls().stream().map(CallEntry::number).toList();
    }

    @Nested
    class FromSnapshot {
        @Test
        void anEmptyStateIsNotLoaded() {
            assertThat(LiveState.empty().isLoaded()).isFalse();
            assertThat(LiveState.empty().recentCalls()).isEmpty();
        }

        @Test
        void sortsRecentCallsNewestFirstWhateverTheServiceOrder() {
            SnapshotDto s = snapshot(
                    40,
                    List.of(
                            ticket("a", "K001", TicketStatus.FINISHED, "d1", T0),
                            ticket("c", "K003", TicketStatus.CALLED, "d1", T0.plusSeconds(120)),
                            ticket("b", "K002", TicketStatus.SERVING, "d2", T0.plusSeconds(60))),
                    List.of());
            LiveState st = LiveState.fromSnapshot(s);
            assertThat(st.isLoaded()).isTrue();
            assertThat(numbers(st)).containsExactly("K003", "K002", "K001");
            assertThat(st.lastEventId()).isEqualTo(40);
            assertThat(st.latestCall()).map(CallEntry::number).contains("K003");
        }

        @Test
        void leavesOutTicketsThatNoLongerStandCalledAndKeepsTheHistoryBounded() {
            List<fi.luukku.core.api.TicketDto> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(ticket("t" + i, String.format("K%03d", i), TicketStatus.FINISHED, "d1", T0.plusSeconds(i)));
            }
            calls.add(ticket("w", "K100", TicketStatus.WAITING, "d1", T0.plusSeconds(500)));
            LiveState st = LiveState.fromSnapshot(snapshot(1, calls, List.of()), 10);
            assertThat(st.recentCalls()).hasSize(10);
            assertThat(numbers(st)).first().isEqualTo("K039");
            assertThat(numbers(st)).doesNotContain("K100");
        }

        @Test
        void knowsWhoIsAtEachDeskFromTheOpenTickets() {
            LiveState st = LiveState.fromSnapshot(snapshot(
                    1,
                    List.of(),
                    List.of(
                            ticket("a", "K001", TicketStatus.SERVING, "d1", T0),
                            ticket("b", "K002", TicketStatus.CALLED, "d1", T0.plusSeconds(30)),
                            ticket("c", "K003", TicketStatus.WAITING, null, null))));
            assertThat(st.currentAtDesk("d1")).map(CallEntry::number).contains("K002");
            assertThat(st.currentAtDesk("d2")).isEmpty();
        }

        @Test
        void keepsTheQueuesInTheServiceOrderAndSortsInfoMessages() {
            SnapshotDto s = new SnapshotDto(
                    3,
                    LiveFixtures.point(),
                    List.of(queue("q-b", "B", 1, 60), queue("q-a", "A", 2, 120)),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(LiveFixtures.info("2", "second", 2), LiveFixtures.info("1", "first", 1)));
            LiveState st = LiveState.fromSnapshot(s);
            assertThat(st.queues()).extracting(q -> q.prefix()).containsExactly("B", "A");
            assertThat(st.infoMessages()).extracting(m -> m.id()).containsExactly("1", "2");
        }

        @Test
        void toleratesMissingLists() {
            LiveState st =
                    LiveState.fromSnapshot(new SnapshotDto(0, LiveFixtures.point(), null, null, null, null, null));
            assertThat(st.isLoaded()).isTrue();
            assertThat(st.queues()).isEmpty();
            assertThat(st.recentCalls()).isEmpty();
        }
    }

    @Nested
    class Folding {
        private final LiveState start = LiveState.fromSnapshot(
                snapshot(10, List.of(ticket("a", "K001", TicketStatus.SERVING, "d1", T0)), List.of()));

        @Test
        void aCallGoesToTheTopAndMovesTheEventId() {
            LiveState s = start.withTicketEvent(
                    11, "ticket.called", ticket("b", "K002", TicketStatus.CALLED, "d2", T0.plusSeconds(5)));
            assertThat(numbers(s)).containsExactly("K002", "K001");
            assertThat(s.lastEventId()).isEqualTo(11);
            assertThat(s.currentAtDesk("d2")).map(CallEntry::number).contains("K002");
            assertThat(start.recentCalls()).hasSize(1); // immutable: the old state is untouched
        }

        @Test
        void aRecallMovesTheNumberBackToTheTopOnceOnly() {
            LiveState s = start.withTicketEvent(
                            11, "ticket.called", ticket("b", "K002", TicketStatus.CALLED, "d2", T0.plusSeconds(5)))
                    .withTicketEvent(
                            12,
                            "ticket.recalled",
                            ticket("a", "K001", TicketStatus.CALLED, "d1", T0.plusSeconds(9), 1, null));
            assertThat(numbers(s)).containsExactly("K001", "K002");
            assertThat(s.latestCall()).map(CallEntry::recalls).contains(1);
        }

        @Test
        void aCallWithoutCalledAtStillLandsOnTop() {
            LiveState s =
                    start.withTicketEvent(11, "ticket.called", ticket("b", "K002", TicketStatus.CALLED, "d2", null));
            assertThat(numbers(s)).containsExactly("K002", "K001");
        }

        @Test
        void startedAndFinishedKeepTheNumberInTheHistoryButFreeTheDesk() {
            LiveState s =
                    start.withTicketEvent(11, "ticket.finished", ticket("a", "K001", TicketStatus.FINISHED, "d1", T0));
            assertThat(numbers(s)).containsExactly("K001");
            assertThat(s.recentCalls().get(0).status()).isEqualTo(TicketStatus.FINISHED);
            assertThat(s.currentAtDesk("d1")).isEmpty();
        }

        @Test
        void aTransferredOrReturnedOrCancelledTicketLeavesTheBoard() {
            for (String type : List.of("ticket.transferred", "ticket.parked", "ticket.cancelled", "ticket.updated")) {
                TicketStatus st =
                        switch (type) {
                            case "ticket.parked" -> TicketStatus.PARKED;
                            case "ticket.cancelled" -> TicketStatus.CANCELLED;
                            default -> TicketStatus.WAITING;
                        };
                LiveState s = start.withTicketEvent(11, type, ticket("a", "K001", st, null, T0));
                assertThat(s.recentCalls()).as(type).isEmpty();
            }
        }

        @Test
        void issuingATicketDoesNotTouchTheBoard() {
            LiveState s =
                    start.withTicketEvent(11, "ticket.issued", ticket("x", "K009", TicketStatus.WAITING, null, null));
            assertThat(numbers(s)).containsExactly("K001");
            assertThat(s.lastEventId()).isEqualTo(11);
        }

        @Test
        void theHistoryStaysBounded() {
            LiveState s = start;
            for (int i = 0; i < 100; i++) {
                s = s.withTicketEvent(
                        20 + i,
                        "ticket.called",
                        ticket("t" + i, "K" + (100 + i), TicketStatus.CALLED, "d1", T0.plusSeconds(i)));
            }
            assertThat(s.recentCalls()).hasSize(LiveState.DEFAULT_HISTORY);
            assertThat(s.latestCall()).map(CallEntry::number).contains("K199");
            assertThat(s.currentAtDesk("d1")).map(CallEntry::number).contains("K199");
        }

        @Test
        void queueUpdatesReplaceOrAddQueues() {
            LiveState s = start.withQueue(11, queue("q-k", "K", 7, 1800)).withQueue(12, queue("q-n", "N", 1, 60));
            assertThat(s.queues()).extracting(q -> q.prefix() + q.waiting()).containsExactly("K7", "P0", "N1");
            assertThat(s.lastEventId()).isEqualTo(12);
        }

        @Test
        void infoUpdatesReplaceTheMessages() {
            LiveState s = start.withInfo(11, List.of(LiveFixtures.info("x", "Kela suljettu", 1)));
            assertThat(s.infoMessages()).extracting(m -> m.text().in("fi")).containsExactly("Kela suljettu");
            assertThat(s.withInfo(12, List.of()).infoMessages()).isEmpty();
        }

        @Test
        void aCallEntryCarriesNoPersonalData() {
            assertThat(CallEntry.class.getRecordComponents())
                    .extracting(c -> c.getName())
                    .doesNotContain("notes", "triage", "specialNeeds", "trackingCode", "language");
        }
    }
}
