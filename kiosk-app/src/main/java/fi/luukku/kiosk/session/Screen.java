package fi.luukku.kiosk.session;

/** The kiosk's screens, in the order a citizen meets them. */
public enum Screen {
    START,
    HOME,
    APPOINTMENT,
    NEEDS,
    TICKET
}
