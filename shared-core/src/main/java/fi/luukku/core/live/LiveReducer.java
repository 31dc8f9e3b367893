package fi.luukku.core.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.HelpRequestDto;
import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.events.EventTypes;
import fi.luukku.core.events.LuukkuEvent;
import java.io.IOException;
import java.util.List;

/**
 * Folds one event of the point's stream into a {@link LiveState}: a pure function of (state, event), shared by
 * the wall display and the advisor console. An event already folded (its id is not newer than the state's) and
 * an event whose data cannot be read leave the state as it was, apart from the stream position.
 */
public final class LiveReducer {
    private static final TypeReference<List<InfoMessageDto>> INFO_LIST = new TypeReference<>() {};

    private final ObjectMapper mapper;

    public LiveReducer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The state after the event; thrown data errors are the caller's to log ({@link UnreadableEvent}). */
    public LiveState apply(LiveState state, LuukkuEvent e) {
        if (e.id() > 0 && e.id() <= state.lastEventId()) {
            return state;
        }
        try {
            String type = e.type();
            if (EventTypes.QUEUE_UPDATED.equals(type)) {
                return state.withQueue(e.id(), e.dataAs(mapper, QueueDto.class));
            }
            if (EventTypes.INFO_UPDATED.equals(type)) {
                return state.withInfo(e.id(), readInfo(e.data()));
            }
            if (EventTypes.HELP_REQUESTED.equals(type)) {
                return state.withHelpRequested(e.id(), e.dataAs(mapper, HelpRequestDto.class));
            }
            if (EventTypes.HELP_ACKNOWLEDGED.equals(type)) {
                return state.withHelpAcknowledged(
                        e.id(), e.dataAs(mapper, HelpRequestDto.class).id());
            }
            if (type != null && type.startsWith("ticket.")) {
                TicketDto t = e.dataAs(mapper, TicketDto.class);
                if (t == null || t.id() == null) {
                    throw new UnreadableEvent(e, null);
                }
                return state.withTicketEvent(e.id(), type, t);
            }
            return state.withIgnored(e.id());
        } catch (UnreadableEvent ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new UnreadableEvent(e, ex);
        }
    }

    /**
     * Like {@link #apply} but an unreadable event only moves the stream position: for callers that log and go
     * on (a display must never stop for one bad event).
     */
    public LiveState applyLenient(LiveState state, LuukkuEvent e, java.util.function.Consumer<UnreadableEvent> onBad) {
        try {
            return apply(state, e);
        } catch (UnreadableEvent ex) {
            onBad.accept(ex);
            return state.withIgnored(e.id());
        }
    }

    /** The ticket a {@code ticket.*} event carries, or null when there is none or it cannot be read. */
    public TicketDto ticketOf(LuukkuEvent e) {
        if (e.type() == null || !e.type().startsWith("ticket.")) {
            return null;
        }
        try {
            return e.dataAs(mapper, TicketDto.class);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private List<InfoMessageDto> readInfo(String data) {
        try {
            return mapper.readValue(data, INFO_LIST);
        } catch (IOException ex) {
            throw new IllegalArgumentException("info.updated data is not a list of messages", ex);
        }
    }

    /** An event whose data does not have the shape its type promises. */
    public static final class UnreadableEvent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnreadableEvent(LuukkuEvent e, Throwable cause) {
            super("event " + e.id() + " (" + e.type() + ") has data that cannot be read", cause);
        }
    }
}
