package fi.luukku.display.sound;

/** Announces calls (chime, speech); queues them and never cuts one off. Must not block the caller. */
public interface Announcer extends AutoCloseable {
    void announce(Announcement announcement);

    @Override
    default void close() {}

    /** Visual-only mode: announces nothing. */
    static Announcer silent() {
        return a -> {};
    }
}
