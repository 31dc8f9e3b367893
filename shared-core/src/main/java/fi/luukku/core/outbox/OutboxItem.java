package fi.luukku.core.outbox;

import java.time.Instant;

/** One entry waiting to be delivered: what kind it is, its idempotency key and its JSON payload. */
public record OutboxItem(
        long id, String kind, String idempotencyKey, String payload, Instant createdAt, int attempts) {}
