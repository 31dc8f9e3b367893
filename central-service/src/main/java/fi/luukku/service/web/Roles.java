package fi.luukku.service.web;

import fi.luukku.core.domain.Role;
import java.util.Set;

/** The groups of roles the routes allow. */
final class Roles {
    static final Set<Role> ALL = Set.of(Role.values());
    static final Set<Role> LIVE =
            Routes.roles(Role.KIOSK, Role.DISPLAY, Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> STAFF = Routes.roles(Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> ISSUERS = Routes.roles(Role.KIOSK, Role.ADVISOR, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> KIOSKS = Routes.roles(Role.KIOSK);
    static final Set<Role> FEEDBACK = Routes.roles(Role.KIOSK, Role.FEEDBACK_TERMINAL);
    static final Set<Role> HELPERS =
            Routes.roles(Role.KIOSK, Role.ADVISOR, Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> INFO_WRITERS = Routes.roles(Role.ADVISOR, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> SUPERVISORS = Routes.roles(Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> BOOKERS = Routes.roles(Role.AUTHORITY_EXPERT, Role.SUPERVISOR, Role.ADMIN);
    /** Who reports free booking times (ADR 0028): the authorities' booking integrations sign in as their experts. */
    static final Set<Role> FREE_TIME_REPORTERS = BOOKERS;

    private Roles() {}
}
