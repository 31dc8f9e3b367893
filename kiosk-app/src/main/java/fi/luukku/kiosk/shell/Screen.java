package fi.luukku.kiosk.shell;

/** The kiosk's screens, in the order a citizen meets them. */
public enum Screen {
    START,
    HOME,
    APPOINTMENT,
    NEEDS,
    CONFIRM,
    TICKET
}
