package fi.luukku.core.api;

import java.time.Instant;

/** One recorded, billable piece of work. */
public record ServiceEventDto(String id, String typeId, String authorityId, int count, Instant recordedAt) {}
