package fi.luukku.advisor;

import fi.luukku.core.api.DeskDto;
import fi.luukku.core.domain.Role;

/**
 * Who works at this console: the logged-in staff member, the role the service gave, and the chosen desk (null for a
 * supervisor or administrator who signed in without one: they have no desk workspace).
 */
public record Session(
        String username, String displayName, Role role, String pointId, String authorityId, DeskDto desk) {

    public String deskId() {
        return desk == null ? null : desk.id();
    }

    public static Role roleOf(String role) {
        if (role == null) {
            return Role.ADVISOR;
        }
        try {
            return Role.valueOf(role.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return Role.ADVISOR;
        }
    }
}
