package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the terminal that must never lose anything, without any UI: the H2 outbox file under the data
 * directory, the recorder that writes to it, and the delivery loop that sends its entries with their
 * idempotency keys through an {@link OutboxPump}, backing off while the service is away. The terminal, the
 * self-service pop-up and the tests all use it.
 *
 * <p>The delivery rounds run on this class's own thread (calling {@link OutboxPump#drainOnce()}, which drains a
 * whole backlog batch after batch) rather than through {@link OutboxPump#start()}: closing then knows whether a
 * round is still running, and leaves the outbox file open for the exiting process instead of closing it under a
 * write.
 */
public final class FeedbackBackend implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedbackBackend.class);
    public static final String OUTBOX_NAME = "feedback-outbox";
    private static final Duration IDLE_POLL = Duration.ofSeconds(5);

    private final DurableOutbox outbox;
    private final OutboxPump pump;
    private final FeedbackRecorder recorder;
    private final ScheduledExecutorService loop;
    private volatile boolean closed;

    private FeedbackBackend(
            DurableOutbox outbox,
            LuukkuClient client,
            String pointId,
            ObjectMapper mapper,
            Clock clock,
            Duration maxBackoff,
            IntConsumer pendingListener) {
        this.outbox = outbox;
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "luukku-feedback-sender");
            t.setDaemon(true);
            return t;
        });
        FeedbackSender sender = new FeedbackSender(client, pointId, mapper);
        this.pump = new OutboxPump(
                outbox,
                item -> {
                    if (closed) {
                        throw ApiException.unreachable(new IOException("the terminal is closing"));
                    }
                    sender.send(item);
                },
                clock,
                IDLE_POLL,
                maxBackoff,
                pendingListener);
        this.recorder = new FeedbackRecorder(outbox, mapper, this::wake);
    }

    /**
     * Opens the outbox in {@code dataDir}; call {@link #start()} to begin sending.
     *
     * @param pendingListener told the number of waiting answers after each delivery round (sender thread)
     */
    public static FeedbackBackend open(
            Path dataDir,
            LuukkuClient client,
            String pointId,
            ObjectMapper mapper,
            Clock clock,
            Duration maxBackoff,
            IntConsumer pendingListener) {
        DurableOutbox outbox = DurableOutbox.open(dataDir, OUTBOX_NAME, clock);
        return new FeedbackBackend(outbox, client, pointId, mapper, clock, maxBackoff, pendingListener);
    }

    public FeedbackBackend start() {
        loop.scheduleWithFixedDelay(this::round, 0, IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Tries to send now (a new answer was stored). */
    public void wake() {
        if (!closed) {
            try {
                loop.execute(this::round);
            } catch (RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void round() {
        if (closed) {
            return;
        }
        try {
            pump.drainOnce();
        } catch (RuntimeException e) {
            log.warn("feedback delivery round failed", e);
        }
    }

    public FeedbackRecorder recorder() {
        return recorder;
    }

    public DurableOutbox outbox() {
        return outbox;
    }

    /** The pump, for one synchronous delivery round in tests ({@link OutboxPump#drainOnce()}). */
    public OutboxPump pump() {
        return pump;
    }

    /** Stops sending without interrupting a write, then closes the outbox file. */
    @Override
    public void close() {
        closed = true;
        loop.shutdown();
        boolean idle = false;
        try {
            idle = loop.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pump.close(); // its own executor never ran: nothing to interrupt
        if (idle) {
            outbox.close();
        } else {
            log.warn("a feedback delivery round is still running; leaving the outbox open for the exiting process");
        }
    }
}
