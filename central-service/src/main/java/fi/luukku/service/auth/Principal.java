package fi.luukku.service.auth;

import fi.luukku.core.domain.Role;

/**
 * Who is calling: a device (kiosk, feedback terminal, display) or a staff session. {@code pointId} is null only
 * for an admin, who may act at every point.
 */
public record Principal(
        String subject, Role role, String pointId, String authorityId, String deskId, String tokenHash) {

    public boolean mayActAt(String point) {
        return role == Role.ADMIN || (pointId != null && pointId.equals(point));
    }
}
