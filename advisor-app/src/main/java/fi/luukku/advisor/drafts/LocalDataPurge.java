package fi.luukku.advisor.drafts;

import fi.luukku.advisor.live.Delayer;
import fi.luukku.core.concurrent.TaskRunner;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal data does not stay on the workstation: the drafts ({@code DIR/drafts}) and referral slip pictures
 * ({@code DIR/slips}) of earlier days (by the clock's zone, Europe/Helsinki in the app) are deleted at start-up
 * and again just after each midnight.
 */
public final class LocalDataPurge {
    private static final Logger log = LoggerFactory.getLogger(LocalDataPurge.class);

    private final List<Path> folders;
    private final Clock clock;
    private final TaskRunner runner;
    private final Delayer delayer;
    private volatile boolean stopped;

    public LocalDataPurge(List<Path> folders, Clock clock, TaskRunner runner, Delayer delayer) {
        this.folders = List.copyOf(folders);
        this.clock = clock;
        this.runner = runner;
        this.delayer = delayer;
    }

    /** Purges now (in the background) and then once a day, a minute after midnight. */
    public void start() {
        if (stopped) {
            return;
        }
        runner.run(this::purgeNow, n -> {}, e -> log.warn("could not purge earlier days' drafts and slips", e));
        Instant now = clock.instant();
        Instant nextMidnight = LocalDate.ofInstant(now, clock.getZone())
                .plusDays(1)
                .atStartOfDay(clock.getZone())
                .toInstant()
                .plus(Duration.ofMinutes(1));
        delayer.after(Duration.between(now, nextMidnight), this::start);
    }

    public void stop() {
        stopped = true;
    }

    /** Deletes every file last written before today began; returns how many. Blocking. */
    public int purgeNow() throws IOException {
        Instant todayBegan = LocalDate.ofInstant(clock.instant(), clock.getZone())
                .atStartOfDay(clock.getZone())
                .toInstant();
        int deleted = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path f : files) {
                    if (Files.isRegularFile(f)
                            && Files.getLastModifiedTime(f).toInstant().isBefore(todayBegan)) {
                        Files.deleteIfExists(f);
                        deleted++;
                    }
                }
            }
        }
        if (deleted > 0) {
            log.info("deleted {} draft or slip file(s) from earlier days", deleted);
        }
        return deleted;
    }
}
