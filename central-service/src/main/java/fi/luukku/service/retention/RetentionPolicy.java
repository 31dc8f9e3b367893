package fi.luukku.service.retention;

import fi.luukku.service.ServiceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each kind of data is kept (configuration keys {@code retention.*}, {@code events.retentionDays} and
 * {@code maintenance.intervalMinutes}): free-text notes until the end of the day, personal fields of tickets,
 * appointments, feedback and help requests for {@code personalDays}, incident texts for {@code incidentTextDays},
 * raw rows of each table for its {@code retention.archiveAfterMonths.<table>} (then they are summarised and moved
 * to archive files under {@code archiveDir}, ADR 0029).
 */
public record RetentionPolicy(
        int personalDays,
        int incidentTextDays,
        Map<ArchiveTable, Integer> archiveAfterMonths,
        Path archiveDir,
        int eventDays,
        Duration interval,
        ZoneId zone) {

    public static RetentionPolicy of(ServiceConfig config) {
        Map<ArchiveTable, Integer> months = new EnumMap<>(ArchiveTable.class);
        for (ArchiveTable t : ArchiveTable.values()) {
            months.put(t, config.intValue(t.configKey()));
        }
        return new RetentionPolicy(
                config.intValue("retention.personalDays"),
                config.intValue("retention.incidentTextDays"),
                Collections.unmodifiableMap(months),
                archiveDir(config),
                config.intValue("events.retentionDays"),
                Duration.ofMinutes(config.intValue("maintenance.intervalMinutes")),
                config.zone());
    }

    /** Where archive files go: {@code archive} under the service's data folder. */
    public static Path archiveDir(ServiceConfig config) {
        return config.dataDir().toAbsolutePath().resolve("archive");
    }

    /** The fewest months any table keeps its raw rows: days before that are summarised. */
    public int summariseAfterMonths() {
        return archiveAfterMonths.values().stream()
                .mapToInt(Integer::intValue)
                .min()
                .orElseThrow();
    }
}
