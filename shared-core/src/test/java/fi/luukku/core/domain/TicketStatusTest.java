package fi.luukku.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketStatusTest {

    @Test
    void finishedAndCancelledTicketsCanNeverMoveAgain() {
        for (TicketStatus closed : new TicketStatus[] {TicketStatus.FINISHED, TicketStatus.CANCELLED}) {
            assertThat(closed.isOpen()).isFalse();
            for (TicketStatus target : TicketStatus.values()) {
                assertThat(closed.canMoveTo(target))
                        .as("%s -> %s", closed, target)
                        .isFalse();
            }
        }
    }

    @Test
    void aNoShowIsClosedButCanOnlyBeTakenBackToWaiting() {
        assertThat(TicketStatus.NO_SHOW.isOpen()).isFalse();
        assertThat(TicketStatus.NO_SHOW.next()).containsExactly(TicketStatus.WAITING);
    }

    @Test
    void aCalledTicketCanBeRecalledServedOrMarkedNoShow() {
        assertThat(TicketStatus.CALLED.canMoveTo(TicketStatus.CALLED)).isTrue();
        assertThat(TicketStatus.CALLED.canMoveTo(TicketStatus.SERVING)).isTrue();
        assertThat(TicketStatus.CALLED.canMoveTo(TicketStatus.NO_SHOW)).isTrue();
    }

    @Test
    void aWaitingTicketCannotBeFinishedOrStartedWithoutBeingCalled() {
        assertThat(TicketStatus.WAITING.canMoveTo(TicketStatus.FINISHED)).isFalse();
        assertThat(TicketStatus.WAITING.canMoveTo(TicketStatus.SERVING)).isFalse();
        assertThat(TicketStatus.WAITING.canMoveTo(TicketStatus.NO_SHOW)).isFalse();
    }

    @Test
    void onlyWaitingCalledServingAndParkedAreOpen() {
        assertThat(TicketStatus.WAITING.isOpen()).isTrue();
        assertThat(TicketStatus.CALLED.isOpen()).isTrue();
        assertThat(TicketStatus.SERVING.isOpen()).isTrue();
        assertThat(TicketStatus.PARKED.isOpen()).isTrue();
        assertThat(TicketStatus.TRANSFERRED.isOpen()).isFalse();
    }
}
