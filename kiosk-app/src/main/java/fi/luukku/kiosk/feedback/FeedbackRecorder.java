package fi.luukku.kiosk.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.outbox.DurableOutbox;
import java.util.UUID;

/**
 * Stores an answer durably before anyone is thanked: the entry is committed to the local H2 outbox under a
 * fresh idempotency key, then the sender is woken. Blocking (disk): call it through the TaskRunner.
 */
public class FeedbackRecorder {
    public static final String KIND = "feedback";

    private final DurableOutbox outbox;
    private final ObjectMapper mapper;
    private final Runnable wakeSender;

    public FeedbackRecorder(DurableOutbox outbox, ObjectMapper mapper, Runnable wakeSender) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.wakeSender = wakeSender;
    }

    /** Stores the answer and returns its idempotency key; returns only once it is on disk. */
    public String record(StoredFeedback feedback) {
        String key = "feedback-" + UUID.randomUUID();
        String json;
        try {
            json = mapper.writeValueAsString(feedback);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise a feedback answer", e);
        }
        outbox.add(KIND, key, json);
        wakeSender.run();
        return key;
    }

    public int pendingCount() {
        return outbox.pendingCount();
    }

    public int rejectedCount() {
        return outbox.rejectedCount();
    }
}
