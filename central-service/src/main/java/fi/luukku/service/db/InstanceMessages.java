package fi.luukku.service.db;

import java.util.Optional;

/**
 * The payloads service instances send each other over NOTIFY: a point has new events, the catalogue changed, or
 * credentials were revoked or ended. Each is only a wake-up; the receiver reads the truth from the database.
 */
public final class InstanceMessages {
    private static final String EVENTS = "events:";
    public static final String CATALOG = "catalog";
    public static final String CREDENTIALS = "credentials";

    private InstanceMessages() {}

    public static String events(String pointId) {
        return EVENTS + pointId;
    }

    /** The point of an events message, or empty for any other message. */
    public static Optional<String> eventsOf(String payload) {
        return payload != null && payload.startsWith(EVENTS)
                ? Optional.of(payload.substring(EVENTS.length()))
                : Optional.empty();
    }
}
