package fi.luukku.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskRuntimeCloseTest {
    @TempDir
    Path dir;

    @Test
    void theOutboxPumpIsClosedWhileTheOutboxAndNumberStoreAreStillOpen() {
        DurableOutbox outbox = DurableOutbox.open(dir, "kiosk-outbox", Clock.systemUTC());
        OfflineNumberStore numbers = OfflineNumberStore.open(dir);
        List<String> seenAtPumpClose = new ArrayList<>();
        OutboxPump pump =
                new OutboxPump(
                        outbox, item -> {}, Clock.systemUTC(), Duration.ofHours(1), Duration.ofSeconds(1), n -> {}) {
                    @Override
                    public void close() {
                        // both stores must still answer while the pump finishes its last round
                        seenAtPumpClose.add("pending=" + outbox.pendingCount());
                        seenAtPumpClose.add("remaining=" + numbers.remaining("q", LocalDate.of(2026, 11, 22)));
                        super.close();
                    }
                };
        new KioskRuntime(outbox, numbers, pump).close();
        assertThat(seenAtPumpClose).containsExactly("pending=0", "remaining=0");
    }
}
