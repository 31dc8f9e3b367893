package fi.luukku.advisor.drafts;

import fi.luukku.core.concurrent.KeyedSerialExecutor;
import fi.luukku.core.concurrent.TaskRunner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes drafts in the background, one ticket (or one text) at a time and in the order they were handed in:
 * the newest draft is always the one left on disk, however the background threads are scheduled. Failures are
 * logged; the draft in memory stays and the next change writes it again.
 */
public final class DraftWriter {
    private static final Logger log = LoggerFactory.getLogger(DraftWriter.class);

    private final DraftStore store;
    private final KeyedSerialExecutor serial;

    public DraftWriter(DraftStore store, Executor background) {
        this.store = store;
        this.serial = new KeyedSerialExecutor(background);
    }

    /** Writes on the runner's background threads. */
    public DraftWriter(DraftStore store, TaskRunner runner) {
        this(
                store,
                task -> runner.run(
                        () -> {
                            task.run();
                            return null;
                        },
                        ok -> {},
                        e -> log.warn("background draft work failed", e)));
    }

    public DraftStore store() {
        return store;
    }

    public void save(VisitDraft draft) {
        serial.execute(
                draft.ticketId(),
                () -> guarded("keep the draft of ticket " + draft.ticketId(), () -> store.save(draft)));
    }

    /** Deletes the ticket's draft and its referral instructions, after any write of them still under way. */
    public void delete(String ticketId) {
        serial.execute(ticketId, () -> guarded("delete the draft of " + ticketId, () -> store.delete(ticketId)));
        serial.execute(
                textKey(DraftStore.referralText(ticketId)),
                () -> guarded(
                        "delete the text of " + ticketId, () -> store.deleteText(DraftStore.referralText(ticketId))));
    }

    /** Keeps a typed text (an empty text deletes it). */
    public void saveText(String name, String text) {
        serial.execute(textKey(name), () -> guarded("keep the typed text " + name, () -> store.saveText(name, text)));
    }

    /** Completes once everything handed in so far for the ticket has been written. */
    public CompletableFuture<Void> flushed(String ticketId) {
        return serial.submit(ticketId, () -> null);
    }

    private static String textKey(String name) {
        return "text:" + name;
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("could not {} locally", what, e);
        }
    }
}
