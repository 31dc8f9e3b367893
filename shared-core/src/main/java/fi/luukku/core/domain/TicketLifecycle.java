package fi.luukku.core.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which command a ticket accepts in which state: the one table the service enforces and the clients use to
 * enable their buttons. A command accepted here may still be refused for other reasons (access, a desk of
 * another point), never for the ticket's state.
 */
public final class TicketLifecycle {
    /** What staff (or the rule) can do to a ticket. */
    public enum Command {
        CALL(TicketStatus.CALLED),
        RECALL(TicketStatus.CALLED),
        START(TicketStatus.SERVING),
        NO_SHOW(TicketStatus.NO_SHOW),
        UNDO_NO_SHOW(TicketStatus.WAITING),
        PARK(TicketStatus.PARKED),
        UNPARK(TicketStatus.WAITING),
        CANCEL(TicketStatus.CANCELLED),
        TRANSFER(TicketStatus.WAITING),
        FINISH(TicketStatus.FINISHED),
        TRIAGE(null),
        RECORD_SERVICE_EVENT(null);

        private final TicketStatus leadsTo;

        Command(TicketStatus leadsTo) {
            this.leadsTo = leadsTo;
        }

        /** The state the ticket is in afterwards (TRANSFER re-enters WAITING), or null when it stays. */
        public TicketStatus leadsTo() {
            return leadsTo;
        }
    }

    private static final Map<Command, Set<TicketStatus>> ALLOWED = new EnumMap<>(Command.class);

    static {
        ALLOWED.put(Command.CALL, EnumSet.of(TicketStatus.WAITING, TicketStatus.PARKED));
        ALLOWED.put(Command.RECALL, EnumSet.of(TicketStatus.CALLED));
        ALLOWED.put(Command.START, EnumSet.of(TicketStatus.CALLED, TicketStatus.PARKED));
        ALLOWED.put(Command.NO_SHOW, EnumSet.of(TicketStatus.CALLED));
        ALLOWED.put(Command.UNDO_NO_SHOW, EnumSet.of(TicketStatus.NO_SHOW));
        ALLOWED.put(Command.PARK, EnumSet.of(TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING));
        ALLOWED.put(Command.UNPARK, EnumSet.of(TicketStatus.PARKED));
        ALLOWED.put(Command.CANCEL, EnumSet.of(TicketStatus.WAITING, TicketStatus.PARKED));
        ALLOWED.put(Command.TRANSFER, open());
        ALLOWED.put(Command.FINISH, EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING));
        ALLOWED.put(Command.TRIAGE, open());
        ALLOWED.put(
                Command.RECORD_SERVICE_EVENT,
                EnumSet.of(
                        TicketStatus.WAITING,
                        TicketStatus.CALLED,
                        TicketStatus.SERVING,
                        TicketStatus.PARKED,
                        TicketStatus.FINISHED));
    }

    private TicketLifecycle() {}

    private static EnumSet<TicketStatus> open() {
        return EnumSet.of(TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED);
    }

    /** Whether a ticket in {@code state} accepts {@code command}. */
    public static boolean allows(Command command, TicketStatus state) {
        return state != null && ALLOWED.get(command).contains(state);
    }

    /** The states in which {@code command} is accepted. */
    public static Set<TicketStatus> statesFor(Command command) {
        return EnumSet.copyOf(ALLOWED.get(command));
    }

    /** The commands a ticket in {@code state} accepts (what a console enables for it). */
    public static Set<Command> commandsIn(TicketStatus state) {
        Set<Command> out = EnumSet.noneOf(Command.class);
        for (Command c : Command.values()) {
            if (allows(c, state)) {
                out.add(c);
            }
        }
        return out;
    }
}
