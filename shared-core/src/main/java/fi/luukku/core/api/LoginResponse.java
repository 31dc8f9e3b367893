package fi.luukku.core.api;

import java.time.Instant;

/** A staff session. */
public record LoginResponse(
        String token,
        String username,
        String displayName,
        String role,
        String pointId,
        String authorityId,
        String deskId,
        Instant expiresAt) {}
