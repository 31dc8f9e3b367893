package fi.luukku.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.TicketLifecycle.Command;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {
    @Test
    void everyStateChangingCommandFollowsTheAllowedMovesOfTheStatus() {
        for (Command c : Command.values()) {
            for (TicketStatus s : TicketLifecycle.statesFor(c)) {
                TicketStatus target = c == Command.TRANSFER ? TicketStatus.TRANSFERRED : c.leadsTo();
                if (target != null && !(c == Command.FINISH && s == TicketStatus.CALLED)) {
                    assertThat(s.canMoveTo(target)).as(c + " in " + s).isTrue();
                }
            }
        }
    }

    @Test
    void closedTicketsAcceptOnlyALateServiceEventWhenFinished() {
        assertThat(TicketLifecycle.commandsIn(TicketStatus.FINISHED)).containsExactly(Command.RECORD_SERVICE_EVENT);
        assertThat(TicketLifecycle.commandsIn(TicketStatus.NO_SHOW)).containsExactly(Command.UNDO_NO_SHOW);
        assertThat(TicketLifecycle.commandsIn(TicketStatus.CANCELLED)).isEmpty();
    }

    @Test
    void aWaitingTicketCanBeCalledParkedCancelledTransferredAndTriaged() {
        assertThat(TicketLifecycle.commandsIn(TicketStatus.WAITING))
                .isEqualTo(EnumSet.of(
                        Command.CALL,
                        Command.PARK,
                        Command.CANCEL,
                        Command.TRANSFER,
                        Command.TRIAGE,
                        Command.RECORD_SERVICE_EVENT));
        assertThat(TicketLifecycle.allows(Command.START, TicketStatus.WAITING)).isFalse();
        assertThat(TicketLifecycle.allows(Command.FINISH, TicketStatus.CALLED)).isTrue();
    }
}
