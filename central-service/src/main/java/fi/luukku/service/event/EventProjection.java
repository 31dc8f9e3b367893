package fi.luukku.service.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.events.EventTypes;
import java.util.List;
import java.util.Set;

/**
 * What each {@link Audience} is told of an event. The log keeps the staff view; a device gets only the event
 * types it needs, and a ticket without the fields that tie it to a person (special needs, interpreter language,
 * tracking code, triage, notes) — the same fields the REST answers leave out for a device. Incidents, help
 * requests, appointments and printer states go to staff only.
 */
public final class EventProjection {
    /** Ticket fields a device never receives; the data still reads as a TicketDto. */
    static final List<String> PERSONAL_TICKET_FIELDS =
            List.of("interpreterLanguage", "trackingCode", "triage", "notes");

    /** Catalogue changes (point id and the kinds changed, nothing personal) tell every device to refresh. */
    static final String CATALOG_UPDATED = "catalog.updated";

    private static final Set<String> FOR_ALL =
            Set.of(EventTypes.QUEUE_UPDATED, EventTypes.INFO_UPDATED, EventTypes.STREAM_RESET, CATALOG_UPDATED);

    private final ObjectMapper mapper;

    public EventProjection(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The data {@code audience} receives for an event, or null when it does not receive the event at all. */
    public String project(Audience audience, String type, String data) {
        if (audience == Audience.STAFF || FOR_ALL.contains(type)) {
            return data;
        }
        if (audience == Audience.DISPLAY && type.startsWith("ticket.")) {
            return deviceTicket(data);
        }
        return null;
    }

    private String deviceTicket(String data) {
        try {
            JsonNode node = mapper.readTree(data);
            if (!(node instanceof ObjectNode ticket)) {
                return null;
            }
            ticket.remove(PERSONAL_TICKET_FIELDS); // absent, as in every answer (nulls are not written)
            if (ticket.has("specialNeeds")) {
                ticket.putArray("specialNeeds");
            }
            return mapper.writeValueAsString(ticket);
        } catch (JsonProcessingException e) {
            return null; // never hand out what cannot be checked
        }
    }
}
