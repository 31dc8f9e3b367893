package fi.luukku.core.api;

import java.time.Instant;

/** A disruptive situation recorded for the safety metrics. */
public record IncidentDto(
        String id,
        String pointId,
        String deskId,
        String category,
        int severity,
        String description,
        Instant occurredAt,
        String resolution,
        Instant resolvedAt) {}
