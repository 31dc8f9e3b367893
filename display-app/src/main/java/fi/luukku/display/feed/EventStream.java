package fi.luukku.display.feed;

import fi.luukku.core.events.EventStreamClient;

/** One followed event stream (the real {@link EventStreamClient}, or a fake in tests). */
public interface EventStream extends AutoCloseable {
    void start();

    @Override
    void close();

    /** Opens a stream of a point's events after {@code lastEventId}. */
    @FunctionalInterface
    interface Factory {
        EventStream open(long lastEventId, EventStreamClient.Listener listener);
    }
}
