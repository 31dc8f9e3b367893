package fi.luukku.service.retention;

import fi.luukku.service.ServiceConfig;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How long each kind of data is kept (configuration keys {@code retention.*}, {@code events.retentionDays} and
 * {@code maintenance.intervalMinutes}): free-text notes until the end of the day, personal fields of tickets,
 * appointments, feedback and help requests for {@code personalDays}, incident texts for {@code incidentTextDays},
 * raw rows for {@code rawMonths} (then only their daily summaries remain).
 */
public record RetentionPolicy(
        int personalDays, int incidentTextDays, int rawMonths, int eventDays, Duration interval, ZoneId zone) {

    public static RetentionPolicy of(ServiceConfig config) {
        return new RetentionPolicy(
                config.intValue("retention.personalDays"),
                config.intValue("retention.incidentTextDays"),
                config.intValue("retention.rawMonths"),
                config.intValue("events.retentionDays"),
                Duration.ofMinutes(config.intValue("maintenance.intervalMinutes")),
                config.zone());
    }
}
