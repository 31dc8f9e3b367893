package fi.luukku.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.Problem;
import fi.luukku.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableOutboxTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));

    @Test
    void entriesSurviveClosingAndReopening() {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "outbox", clock)) {
            outbox.add("feedback", "k1", "{\"rating\":5}");
            outbox.add("feedback", "k2", "{\"rating\":1}");
        }
        try (DurableOutbox reopened = DurableOutbox.open(dir, "outbox", clock)) {
            assertThat(reopened.pendingCount()).isEqualTo(2);
            assertThat(reopened.undelivered())
                    .extracting(OutboxItem::idempotencyKey)
                    .containsExactly("k1", "k2");
        }
    }

    @Test
    void theSameKeyIsStoredOnce() {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "outbox", clock)) {
            outbox.add("feedback", "k1", "{\"rating\":5}");
            outbox.add("feedback", "k1", "{\"rating\":3}");
            assertThat(outbox.pendingCount()).isEqualTo(1);
            assertThat(outbox.find("k1")).get().extracting(OutboxItem::payload).isEqualTo("{\"rating\":5}");
        }
    }

    @Test
    void thePumpDeliversInOrderAndBacksOffWhileTheServiceIsAway() {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "outbox", clock)) {
            outbox.add("t", "a", "1");
            outbox.add("t", "b", "2");
            List<String> delivered = new ArrayList<>();
            AtomicInteger pending = new AtomicInteger(-1);
            boolean[] serviceUp = {false};
            OutboxPump pump = new OutboxPump(
                    outbox,
                    item -> {
                        if (!serviceUp[0]) {
                            throw ApiException.unreachable(new java.net.ConnectException("refused"));
                        }
                        delivered.add(item.idempotencyKey());
                    },
                    clock,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(1),
                    pending::set);

            assertThat(pump.drainOnce()).isZero();
            assertThat(pending.get()).isEqualTo(2);
            serviceUp[0] = true;
            assertThat(pump.drainOnce()).as("still backing off").isZero();

            clock.advance(Duration.ofSeconds(5));
            assertThat(pump.drainOnce()).isEqualTo(2);
            assertThat(delivered).containsExactly("a", "b");
            assertThat(pending.get()).isZero();
            pump.close();
        }
    }

    @Test
    void anEntryTheServiceRefusesIsSetAsideNotDropped() {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "outbox", clock)) {
            outbox.add("t", "bad", "{}");
            outbox.add("t", "good", "{}");
            List<String> delivered = new ArrayList<>();
            OutboxPump pump = new OutboxPump(
                    outbox,
                    item -> {
                        if (item.idempotencyKey().equals("bad")) {
                            throw new ApiException(400, new Problem("t", "invalid", 400, "rating", "rating"), "", null);
                        }
                        delivered.add(item.idempotencyKey());
                    },
                    clock,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(1),
                    n -> {});
            pump.drainOnce();
            assertThat(delivered).containsExactly("good");
            assertThat(outbox.pendingCount()).isZero();
            assertThat(outbox.rejectedCount()).isEqualTo(1);
            assertThat(outbox.undelivered())
                    .extracting(OutboxItem::idempotencyKey)
                    .containsExactly("bad");
            pump.close();
        }
    }

    @Test
    void aRefusedTokenIsAnInstallationProblemAndTheEntryWaits() {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "outbox", clock)) {
            outbox.add("t", "a", "{}");
            boolean[] tokenFixed = {false};
            OutboxPump pump = new OutboxPump(
                    outbox,
                    item -> {
                        if (!tokenFixed[0]) {
                            throw new ApiException(401, null, "bad token", null);
                        }
                    },
                    clock,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(1),
                    n -> {});
            assertThat(pump.drainOnce()).isZero();
            assertThat(outbox.rejectedCount()).isZero();
            assertThat(outbox.pendingCount()).isEqualTo(1);
            tokenFixed[0] = true;
            clock.advance(Duration.ofMinutes(1));
            assertThat(pump.drainOnce()).isEqualTo(1);
            pump.close();
        }
    }

    @Test
    void aLongBacklogIsDeliveredInOneRound() {
        try (DurableOutbox outbox = DurableOutbox.open(dir, "outbox", clock)) {
            for (int i = 0; i < 130; i++) {
                outbox.add("t", "k" + i, "{}");
            }
            List<String> delivered = new ArrayList<>();
            OutboxPump pump = new OutboxPump(
                    outbox,
                    item -> delivered.add(item.idempotencyKey()),
                    clock,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(1),
                    n -> {});
            assertThat(pump.drainOnce()).isEqualTo(130);
            assertThat(delivered).hasSize(130).doesNotHaveDuplicates().startsWith("k0", "k1");
            pump.close();
        }
    }
}
