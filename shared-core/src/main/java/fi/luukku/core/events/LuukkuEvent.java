package fi.luukku.core.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One event from the service's stream: a monotonic id, a type such as {@code ticket.called}, and JSON data. */
public record LuukkuEvent(long id, String type, String data) {

    public <T> T dataAs(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + id + " (" + this.type + ") has unreadable data", e);
        }
    }
}
