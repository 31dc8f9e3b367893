package fi.luukku.kiosk.shell;

/** Where the citizen's "I need help" stands. */
public enum HelpState {
    NONE,
    SENDING,
    SENT,
    QUEUED
}
