package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.outbox.DurableOutbox;
import fi.luukku.core.outbox.OutboxPump;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * The part of the terminal that must never lose anything, without any UI: the H2 outbox file under the data
 * directory, the recorder that writes to it, and the pump that sends its entries with their idempotency keys,
 * backing off while the service is away. The terminal, the self-service pop-up and the tests all use it.
 */
public final class FeedbackBackend implements AutoCloseable {
    public static final String OUTBOX_NAME = "feedback-outbox";

    private final DurableOutbox outbox;
    private final OutboxPump pump;
    private final FeedbackRecorder recorder;

    private FeedbackBackend(DurableOutbox outbox, OutboxPump pump, FeedbackRecorder recorder) {
        this.outbox = outbox;
        this.pump = pump;
        this.recorder = recorder;
    }

    /**
     * Opens the outbox in {@code dataDir} and prepares (does not start) the pump.
     *
     * @param pendingListener told the number of waiting answers after each delivery round (pump thread)
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
        OutboxPump pump = new OutboxPump(
                outbox,
                new FeedbackSender(client, pointId, mapper),
                clock,
                Duration.ofSeconds(5),
                maxBackoff,
                pendingListener);
        return new FeedbackBackend(outbox, pump, new FeedbackRecorder(outbox, mapper, pump::wake));
    }

    public FeedbackBackend start() {
        pump.start();
        return this;
    }

    public FeedbackRecorder recorder() {
        return recorder;
    }

    public DurableOutbox outbox() {
        return outbox;
    }

    public OutboxPump pump() {
        return pump;
    }

    @Override
    public void close() {
        pump.close();
        outbox.close();
    }
}
