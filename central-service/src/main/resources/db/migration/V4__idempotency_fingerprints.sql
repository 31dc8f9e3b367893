-- Issue 13: an idempotency key is bound to the request it was first used with (a hash of its body), so a reuse
-- with another body is refused (422) instead of silently getting the first answer.
CREATE TABLE idempotency_fingerprints (
    key_scope VARCHAR(64) PRIMARY KEY,
    body_hash VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX idempotency_fingerprints_created ON idempotency_fingerprints (created_at);
