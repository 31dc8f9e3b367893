package fi.luukku.core.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of a queue ticket. The allowed moves are the domain rule both service and clients rely on. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    PARKED,
    FINISHED,
    NO_SHOW,
    CANCELLED,
    TRANSFERRED;

    /** True while the ticket still belongs to someone's work: it is waiting, called, served or parked. */
    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == SERVING || this == PARKED;
    }

    /** The states this one may move to. TRANSFERRED is recorded as an event; the ticket itself re-enters WAITING. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case WAITING -> EnumSet.of(CALLED, CANCELLED, TRANSFERRED, PARKED);
            case CALLED -> EnumSet.of(CALLED, SERVING, NO_SHOW, TRANSFERRED, PARKED, WAITING);
            case SERVING -> EnumSet.of(FINISHED, TRANSFERRED, PARKED);
            case PARKED -> EnumSet.of(WAITING, CALLED, SERVING, CANCELLED, TRANSFERRED);
            case TRANSFERRED -> EnumSet.of(WAITING);
            case NO_SHOW -> EnumSet.of(WAITING); // a no-show taken back within minutes
            case FINISHED, CANCELLED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }
}
