-- Administration (issue 11): optimistic versions on every configurable row, the audit log, staff account state,
-- opening hours, billing periods, knowledge articles and planned service chains. Same SQL on H2 and PostgreSQL.

ALTER TABLE points ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE authorities ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE services ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE desks ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE life_events ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE life_events ADD COLUMN service_chain VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE service_event_types ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE directory ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE directory ADD COLUMN opening_hours VARCHAR(300);
ALTER TABLE info_messages ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- one row is either a weekly pattern (weekday 1 = Monday .. 7) or an exception on a date (holiday, closed day);
-- authority_id NULL means the point itself
CREATE TABLE opening_hours (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    authority_id VARCHAR(64) REFERENCES authorities(id),
    weekday INT,
    on_date VARCHAR(10),
    opens VARCHAR(5),
    closes VARCHAR(5),
    closed BOOLEAN NOT NULL DEFAULT FALSE,
    note VARCHAR(200),
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX opening_hours_point ON opening_hours (point_id);

-- the pilot's billing model: per point a base fee and a training compensation per period (month),
-- per authority x event type a unit price; each valid from a day to a day (inclusive, NULL = open-ended)
CREATE TABLE point_fees (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    valid_from VARCHAR(10) NOT NULL,
    valid_to VARCHAR(10),
    base_fee_cents BIGINT NOT NULL,
    training_cents BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE unit_prices (
    id VARCHAR(64) PRIMARY KEY,
    authority_id VARCHAR(64) NOT NULL REFERENCES authorities(id),
    type_id VARCHAR(64) NOT NULL REFERENCES service_event_types(id),
    valid_from VARCHAR(10) NOT NULL,
    valid_to VARCHAR(10),
    price_cents BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX unit_prices_authority ON unit_prices (authority_id, type_id);

-- knowledge articles for advisors; point_id NULL = national
CREATE TABLE articles (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) REFERENCES points(id),
    service_id VARCHAR(64),
    authority_id VARCHAR(64),
    life_event_id VARCHAR(64),
    title_fi VARCHAR(300) NOT NULL,
    title_sv VARCHAR(300) NOT NULL,
    title_en VARCHAR(300) NOT NULL,
    body_fi VARCHAR(8000) NOT NULL,
    body_sv VARCHAR(8000) NOT NULL,
    body_en VARCHAR(8000) NOT NULL,
    links VARCHAR(2000) NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id VARCHAR(64) PRIMARY KEY,
    at BIGINT NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(20) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    point_id VARCHAR(64),
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_point ON audit_log (point_id, at);

-- fleet health: the last heartbeat of each device (device = its credential's name, e.g. kiosk1@testila)
CREATE TABLE device_health (
    device VARCHAR(100) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL,
    role VARCHAR(30) NOT NULL,
    app_version VARCHAR(50),
    uptime_seconds BIGINT,
    printer VARCHAR(20),
    outbox_backlog INT,
    last_sync_at BIGINT,
    last_seen_at BIGINT NOT NULL,
    silence_alerted BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX device_health_point ON device_health (point_id);
