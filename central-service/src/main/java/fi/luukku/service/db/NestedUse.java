package fi.luukku.service.db;

/**
 * Catches a second pooled connection asked for on a thread that already holds one. Work that takes a connection while
 * holding another can starve the pool: when every pooled connection is held by a request waiting for the point
 * lock, the lock's holder waits for a connection that never comes, and the service stalls for the pool's whole
 * timeout on every request. Work inside a transaction must use that transaction's {@link Sql}.
 *
 * <p>The tests run with {@code -Dluukku.db.strict=true}, where such a request fails at once; in production it is
 * logged (the first few times, with the place) and allowed, so a path no test reaches still answers.
 */
final class NestedUse implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NestedUse.class);
    private static final boolean STRICT = Boolean.getBoolean("luukku.db.strict");
    private static final int LOGGED_AT_MOST = 20;
    private static final java.util.concurrent.atomic.AtomicInteger LOGGED =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private NestedUse() {}

    /** When this thread already holds a pooled connection: throws under tests, logs the place in production. */
    static void check() {
        if (DEPTH.get()[0] > 0) {
            IllegalStateException e = new IllegalStateException(
                    "a second database connection was asked for while this thread holds one; use the transaction's Sql");
            if (STRICT) {
                throw e;
            }
            if (LOGGED.incrementAndGet() <= LOGGED_AT_MOST) {
                log.warn("nested database connection (can starve the pool under load)", e);
            }
        }
    }

    static NestedUse enter() {
        DEPTH.get()[0]++;
        return new NestedUse();
    }

    @Override
    public void close() {
        DEPTH.get()[0]--;
    }
}
