package fi.luukku.kiosk.feedback;

import fi.luukku.core.net.Backoff;
import fi.luukku.core.outbox.OrderedOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the local outbox refused to take (disk full, file broken): kept in memory in their order and written
 * again later, waiting longer after each failure. Nothing a citizen answered is dropped.
 */
final class UnsavedAnswers {
    private static final Logger log = LoggerFactory.getLogger(UnsavedAnswers.class);

    private final FeedbackRecorder recorder;
    private final OrderedOutbox writes;
    private final Clock clock;
    private final Deque<StoredFeedback> unsaved = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(this, "saveFailed");
    private final ReadOnlyIntegerWrapper unsavedCount = new ReadOnlyIntegerWrapper(this, "unsavedCount");
    private boolean retrying;
    private final Backoff retryDelay =
            new Backoff(FeedbackFlowViewModel.FIRST_RETRY, FeedbackFlowViewModel.MAX_RETRY, 0.2);
    private Instant retryAt = Instant.MIN;

    UnsavedAnswers(FeedbackRecorder recorder, OrderedOutbox writes, Clock clock) {
        this.recorder = recorder;
        this.writes = writes;
        this.clock = clock;
    }

    ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty unsavedCountProperty() {
        return unsavedCount.getReadOnlyProperty();
    }

    boolean isEmpty() {
        return unsaved.isEmpty();
    }

    List<StoredFeedback> list() {
        return List.copyOf(unsaved);
    }

    void keep(StoredFeedback stored, Exception e) {
        if (e != null) {
            log.error("a feedback answer could not be stored in the local outbox; keeping it in memory", e);
        }
        if (unsaved.isEmpty()) {
            retryDelay.reset();
            retryAt = clock.instant().plus(retryDelay.next());
        }
        unsaved.addLast(stored);
        changed();
    }

    private void changed() {
        unsavedCount.set(unsaved.size());
        saveFailed.set(!unsaved.isEmpty());
    }

    /** Writes the waiting answers, oldest first; on a failure waits longer (growing with jitter up to a minute). */
    void retry() {
        if (unsaved.isEmpty() || retrying || clock.instant().isBefore(retryAt)) {
            return;
        }
        retrying = true;
        StoredFeedback head = unsaved.peekFirst();
        writes.write(
                () -> recorder.record(head),
                key -> {
                    retrying = false;
                    unsaved.remove(head);
                    changed();
                    log.info("a feedback answer kept in memory is now stored ({} still waiting)", unsaved.size());
                    retryDelay.reset();
                    retryAt = Instant.MIN;
                    retry(); // the disk is back: store the rest now
                },
                e -> {
                    retrying = false;
                    Duration wait = retryDelay.next();
                    retryAt = clock.instant().plus(wait);
                    log.warn(
                            "{} feedback answer(s) still cannot be stored; next try in {} s: {}",
                            unsaved.size(),
                            wait.toSeconds(),
                            e.toString());
                });
    }

    /** Blocking last try at exit; logs whatever still could not be written so it can be typed in by hand. */
    void flushOnExit() {
        while (!unsaved.isEmpty()) {
            StoredFeedback head = unsaved.peekFirst();
            try {
                recorder.record(head);
                unsaved.removeFirst();
            } catch (RuntimeException e) {
                for (StoredFeedback lost : unsaved) {
                    log.error("UNSAVED FEEDBACK (the disk refused it at exit): {}", lost, e);
                }
                break;
            }
        }
        changed();
    }
}
