package fi.luukku.core.api;

import java.time.LocalDateTime;

/**
 * What a booking integration (or a supervisor) saw on one day for one bookable service: the first free time the
 * booking calendar offered, in the point's local time, or none within the calendar's horizon.
 *
 * @param firstFree the first free time offered that day; null when there was none within the horizon
 */
public record FreeTimeRequest(LocalDateTime firstFree) {}
