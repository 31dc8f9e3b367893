package fi.luukku.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One recorded observation of free booking times (issue 12, ADR 0028): per point, bookable service and day, the
 * first free time offered (null: none within the horizon). A later report of the same day replaces the earlier.
 */
public record FreeTimeDto(
        String pointId,
        String authorityId,
        String serviceId,
        LocalDate day,
        LocalDateTime firstFree,
        Instant recordedAt) {}
