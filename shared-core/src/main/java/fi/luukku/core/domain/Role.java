package fi.luukku.core.domain;

/** Who is calling the service. Devices authenticate with tokens, staff with a login. */
public enum Role {
    KIOSK,
    FEEDBACK_TERMINAL,
    DISPLAY,
    ADVISOR,
    AUTHORITY_EXPERT,
    SUPERVISOR,
    ADMIN;

    public boolean isStaff() {
        return this == ADVISOR || this == AUTHORITY_EXPERT || this == SUPERVISOR || this == ADMIN;
    }
}
