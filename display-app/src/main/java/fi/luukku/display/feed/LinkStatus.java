package fi.luukku.display.feed;

/** What the display tells the lobby about its link to the service. */
public enum LinkStatus {
    /** Nothing loaded yet. */
    CONNECTING,
    /** Following the event stream. */
    LIVE,
    /** The link broke: the last state stays on screen while the feed reconnects. */
    RECONNECTING
}
