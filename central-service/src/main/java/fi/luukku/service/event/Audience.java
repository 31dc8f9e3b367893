package fi.luukku.service.event;

import fi.luukku.core.domain.Role;

/** Who reads an event stream, as far as what it may be told goes (issue 13: least data to devices). */
public enum Audience {
    /** A queue display: called numbers, queues, desks and states, the info messages it shows. */
    DISPLAY,
    /** A lobby kiosk: queue counts and estimates, info messages. */
    KIOSK,
    /** Staff of the point (or an admin): everything, special needs, triage and incidents included. */
    STAFF;

    public static Audience of(Role role) {
        return switch (role) {
            case DISPLAY -> DISPLAY;
            case KIOSK, FEEDBACK_TERMINAL -> KIOSK;
            case ADVISOR, AUTHORITY_EXPERT, SUPERVISOR, ADMIN -> STAFF;
        };
    }
}
