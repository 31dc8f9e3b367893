package fi.luukku.core.outbox;

import fi.luukku.core.api.ApiException;
import fi.luukku.core.net.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what waits in a {@link DurableOutbox}, oldest first, on its own thread. When the service is away it
 * backs off (up to a minute) and tries again; when the service refuses an entry as invalid ({@code 4xx}
 * other than 408/429) the entry is set aside as rejected, never deleted.
 */
public class OutboxPump implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxPump.class);

    /** Delivers one entry; throws {@link ApiException} when it could not. Must be idempotent by the item's key. */
    public interface Sender {
        void send(OutboxItem item);
    }

    private static final int BATCH = 50;

    private final DurableOutbox outbox;
    private final Sender sender;
    private final Clock clock;
    private final Duration idlePoll;
    private final Backoff backoff;
    private final ScheduledExecutorService executor;
    private final IntConsumer pendingListener;
    private volatile boolean closed;
    private volatile Instant retryAt = Instant.MIN;
    private int consecutiveFailures;

    public OutboxPump(
            DurableOutbox outbox,
            Sender sender,
            Clock clock,
            Duration idlePoll,
            Duration maxBackoff,
            IntConsumer pendingListener) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.idlePoll = idlePoll;
        // 1 s doubling up to the cap, up to a fifth shorter at random: kiosks back after an outage spread out
        this.backoff = new Backoff(min(Duration.ofSeconds(1), maxBackoff), maxBackoff, 0.2);
        this.pendingListener = pendingListener;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "luukku-outbox");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::safeDrain, 0, idlePoll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tries to send now, skipping any backoff (after a new entry, or when the link came back). */
    public void wake() {
        retryAt = Instant.MIN;
        if (!closed) {
            executor.execute(this::safeDrain);
        }
    }

    private void safeDrain() {
        try {
            drainOnce();
        } catch (RuntimeException e) {
            log.warn("outbox delivery round failed", e);
        }
    }

    /** Delivers everything due, batch after batch; returns how many entries were delivered. Public for tests. */
    public synchronized int drainOnce() {
        int total = 0;
        int round;
        do {
            round = drainBatch();
            total += round;
        } while (round == BATCH && !closed);
        return total;
    }

    private int drainBatch() {
        int delivered = 0;
        if (clock.instant().isBefore(retryAt)) {
            pendingListener.accept(outbox.pendingCount());
            return 0; // the service was away a moment ago: wait out the backoff, keep the order
        }
        List<OutboxItem> due = outbox.due(BATCH);
        for (OutboxItem item : due) {
            if (closed) {
                break;
            }
            try {
                sender.send(item);
                outbox.markSent(item.id());
                consecutiveFailures = 0;
                delivered++;
            } catch (ApiException e) {
                if (!isRefusalOfTheEntry(e)) {
                    retryAt = clock.instant().plus(backoff(consecutiveFailures++));
                    outbox.markFailed(item.id(), e.getMessage(), retryAt);
                    break; // the service is away: keep the order, try again later
                }
                log.warn("service refused outbox entry {} ({}): {}", item.idempotencyKey(), item.kind(), e.detail());
                outbox.markRejected(item.id(), e.detail());
            }
        }
        pendingListener.accept(outbox.pendingCount());
        return delivered;
    }

    /**
     * Only an answer that says "this entry itself is wrong" sets it aside; a bad token, a missing route or a
     * service error are the installation's problems and the entry waits until they are fixed.
     */
    private static boolean isRefusalOfTheEntry(ApiException e) {
        int s = e.status();
        return s == 400 || s == 409 || s == 413 || s == 422;
    }

    Duration backoff(int attempts) {
        return backoff.delayFor(attempts + 1);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        closed = true;
        // no interrupt: an interrupted H2 write closes the outbox file; the round in progress ends by itself
        executor.shutdown();
        try {
            executor.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
