package fi.luukku.core.api;

import java.time.Instant;

/** "I need help" from a kiosk; acknowledged once by the advisor who goes. */
public record HelpRequestDto(
        String id,
        String pointId,
        String source,
        String location,
        String language,
        Instant requestedAt,
        String acknowledgedBy,
        Instant acknowledgedAt) {}
