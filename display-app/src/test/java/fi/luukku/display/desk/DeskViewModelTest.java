package fi.luukku.display.desk;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static fi.luukku.display.testing.Fixtures.desks;
import static fi.luukku.display.testing.Fixtures.emptySnapshot;
import static fi.luukku.display.testing.Fixtures.event;
import static fi.luukku.display.testing.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.board.DisplayStore;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskViewModelTest {
    private final MutableClock clock = new MutableClock(T0);
    private final DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
    private final DeskViewModel vm = new DeskViewModel(store, "d1", List.of(), Duration.ofSeconds(8), clock);

    @Test
    void showsOnlyTheNumberCalledToItsOwnDesk() {
        store.reload(emptySnapshot(1), desks());
        assertThat(vm.deskNameProperty().get()).isEqualTo("Palvelupiste 1");
        assertThat(vm.numberProperty().get()).isNull();
        store.apply(called(2, "a", "K001", "d1", T0));
        store.apply(called(3, "b", "K002", "d2", T0.plusSeconds(1)));
        assertThat(vm.numberProperty().get()).isEqualTo("K001");
        assertThat(vm.callSequenceProperty().get()).isEqualTo(1);
    }

    @Test
    void keepsTheNumberWhileServingAndClearsItWhenTheVisitEnds() {
        store.reload(emptySnapshot(1), desks());
        store.apply(called(2, "a", "K001", "d1", T0));
        store.apply(event(3, "ticket.started", ticket("a", "K001", TicketStatus.SERVING, "d1", T0)));
        assertThat(vm.numberProperty().get()).isEqualTo("K001");
        store.apply(event(4, "ticket.finished", ticket("a", "K001", TicketStatus.FINISHED, "d1", T0)));
        assertThat(vm.numberProperty().get()).isNull();
    }

    @Test
    void aRecallFlashesAgainAndTheNextCallReplacesTheNumber() {
        store.reload(emptySnapshot(1), desks());
        store.apply(called(2, "a", "K001", "d1", T0));
        store.apply(event(3, "ticket.recalled", ticket("a", "K001", TicketStatus.CALLED, "d1", T0, 1, null)));
        assertThat(vm.callSequenceProperty().get()).isEqualTo(2);
        store.apply(event(4, "ticket.no-show", ticket("a", "K001", TicketStatus.NO_SHOW, "d1", T0)));
        store.apply(called(5, "b", "K002", "d1", T0.plusSeconds(60)));
        assertThat(vm.numberProperty().get()).isEqualTo("K002");
    }

    @Test
    void startsFromTheSnapshotAndRotatesLanguages() {
        store.reload(
                Fixtures.snapshot(5, List.of(), List.of(ticket("a", "K007", TicketStatus.SERVING, "d1", T0))), desks());
        store.link(LinkStatus.LIVE);
        assertThat(vm.numberProperty().get()).isEqualTo("K007");
        assertThat(vm.linkProperty().get()).isEqualTo(LinkStatus.LIVE);
        vm.tick();
        clock.advance(Duration.ofSeconds(8));
        vm.tick();
        assertThat(vm.deskNameProperty().get()).isEqualTo("Lucka 1");
        assertThat(vm.textsProperty().get().get("desk.nowServing")).isEqualTo("I tur");
    }
}
