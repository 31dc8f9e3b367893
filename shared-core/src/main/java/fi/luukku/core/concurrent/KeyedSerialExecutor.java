package fi.luukku.core.concurrent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work on a shared executor, one task at a time per key and in the order it was handed in:
 * writes of the same draft (or the same outbox) can never overtake each other, so the last one handed in is the
 * one left on disk, while work under different keys still runs side by side. A failing task is logged and does
 * not stop the ones after it.
 */
public final class KeyedSerialExecutor {
    private static final Logger log = LoggerFactory.getLogger(KeyedSerialExecutor.class);

    private final Executor delegate;
    private final Map<Object, Deque<Runnable>> queues = new HashMap<>();

    public KeyedSerialExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    /** Runs the task after every task handed in earlier under the same key. */
    public void execute(Object key, Runnable task) {
        boolean startWorker;
        synchronized (queues) {
            Deque<Runnable> q = queues.get(key);
            startWorker = q == null;
            if (startWorker) {
                q = new ArrayDeque<>();
                queues.put(key, q);
            }
            q.addLast(task);
        }
        if (startWorker) {
            try {
                delegate.execute(() -> drain(key));
            } catch (RejectedExecutionException e) {
                synchronized (queues) {
                    queues.remove(key);
                }
                throw e;
            }
        }
    }

    /** Like {@link #execute} with a result; the future fails when the work throws. */
    public <T> CompletableFuture<T> submit(Object key, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(key, () -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** An executor that hands everything to this one under one key. */
    public Executor forKey(Object key) {
        return task -> execute(key, task);
    }

    /** How many keys have work queued or running (0 once everything handed in has run). */
    public int busyKeys() {
        synchronized (queues) {
            return queues.size();
        }
    }

    private void drain(Object key) {
        while (true) {
            Runnable next;
            synchronized (queues) {
                Deque<Runnable> q = queues.get(key);
                next = q == null ? null : q.pollFirst();
                if (next == null) {
                    queues.remove(key);
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                log.warn("background work for {} failed", key, e);
            }
        }
    }
}
