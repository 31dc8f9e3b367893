package fi.luukku.service.event;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connected event-stream reader. Frames are queued and written by a shared writer pool, at most one
 * writer per connection at a time, so a slow reader never holds up the others and order is kept.
 */
public final class SseConnection {
    private static final int MAX_QUEUED = 10_000;

    private final OutputStream out;
    private final Executor writers;
    private final ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Runnable onClose;
    /** Highest event id queued to this reader; guarded by the point channel's lock. */
    long lastQueuedId;
    /** What this reader may be told; set when it subscribes, the least by default. */
    volatile Audience audience = Audience.KIOSK;

    public SseConnection(OutputStream out, Executor writers, Runnable onClose) {
        this.out = out;
        this.writers = writers;
        this.onClose = onClose;
    }

    public CompletableFuture<Void> closedFuture() {
        return closed;
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    void enqueue(byte[] frame) {
        if (closed.isDone()) {
            return;
        }
        if (queued.incrementAndGet() > MAX_QUEUED) {
            close(); // a reader this far behind is dead; it will resume with Last-Event-ID
            return;
        }
        queue.add(frame);
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                writers.execute(this::drain);
            } catch (RuntimeException e) {
                draining.set(false);
                close();
            }
        }
    }

    private void drain() {
        try {
            byte[] frame;
            boolean wrote = false;
            while ((frame = queue.poll()) != null) {
                queued.decrementAndGet();
                out.write(frame);
                wrote = true;
            }
            if (wrote) {
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            close();
            return;
        } finally {
            draining.set(false);
        }
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    public void close() {
        if (closed.complete(null)) {
            queue.clear();
            onClose.run();
        }
    }
}
