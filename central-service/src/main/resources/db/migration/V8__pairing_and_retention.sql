-- Pairing codes live in the database, so a device may ask on one service instance and poll on another (ADR 0022).
-- No token is stored: the collecting poll gives the approved device a fresh one.
CREATE TABLE pairing_codes (
    code VARCHAR(12) PRIMARY KEY,
    secret_hash VARCHAR(64) NOT NULL,
    description VARCHAR(100) NOT NULL,
    created_at BIGINT NOT NULL,
    approved_at BIGINT,
    device_name VARCHAR(200),
    device_role VARCHAR(40),
    device_point VARCHAR(64)
);
CREATE INDEX pairing_codes_created ON pairing_codes (created_at);

-- Retention (ADR 0022): the maintenance job works through time windows, so every column it filters is indexed
-- and a run costs what the window holds, not what the history holds.
CREATE INDEX tickets_issued ON tickets (issued_at);
CREATE INDEX events_created ON events (created_at);
CREATE INDEX idempotency_created ON idempotency (created_at);
CREATE INDEX referrals_created ON referrals (created_at);
CREATE INDEX referrals_ticket ON referrals (ticket_id);
CREATE INDEX service_events_ticket ON service_events (ticket_id);
CREATE INDEX help_requests_requested ON help_requests (requested_at);
CREATE INDEX incidents_occurred ON incidents (occurred_at);
CREATE INDEX feedback_received ON feedback (received_at);
CREATE INDEX sessions_expires ON sessions (expires_at);
CREATE INDEX appointments_starts ON appointments (starts_at);

-- How far each retention step has got (the end of the last window it finished, epoch ms).
CREATE TABLE retention_progress (
    step VARCHAR(40) PRIMARY KEY,
    done_until BIGINT NOT NULL
);

-- Daily summaries kept after the raw rows are archived (nothing personal in them).
CREATE TABLE daily_ticket_stats (
    point_id VARCHAR(64) NOT NULL,
    ticket_day VARCHAR(10) NOT NULL,
    queue_id VARCHAR(64) NOT NULL,
    service_id VARCHAR(64) NOT NULL,
    tickets INT NOT NULL,
    served INT NOT NULL,
    no_shows INT NOT NULL,
    wait_seconds_total BIGINT NOT NULL,
    service_seconds_total BIGINT NOT NULL,
    PRIMARY KEY (point_id, ticket_day, queue_id, service_id)
);
CREATE TABLE daily_service_event_stats (
    point_id VARCHAR(64) NOT NULL,
    day_start BIGINT NOT NULL,
    type_id VARCHAR(64) NOT NULL,
    authority_id VARCHAR(64) NOT NULL,
    total INT NOT NULL,
    PRIMARY KEY (point_id, day_start, type_id, authority_id)
);
CREATE TABLE daily_feedback_stats (
    point_id VARCHAR(64) NOT NULL,
    day_start BIGINT NOT NULL,
    answers INT NOT NULL,
    rated INT NOT NULL,
    rating_total INT NOT NULL,
    PRIMARY KEY (point_id, day_start)
);
