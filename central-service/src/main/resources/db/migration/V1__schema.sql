-- Luukku central service schema. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Times are epoch milliseconds (BIGINT) so both databases agree on them without time-zone surprises.

CREATE TABLE points (
    id VARCHAR(64) PRIMARY KEY,
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    municipality VARCHAR(100) NOT NULL,
    address VARCHAR(300) NOT NULL,
    languages VARCHAR(100) NOT NULL,
    time_zone VARCHAR(64) NOT NULL,
    event_seq BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE authorities (
    id VARCHAR(64) PRIMARY KEY,
    short_name VARCHAR(50) NOT NULL,
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    base_fee_cents BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE point_authorities (
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    authority_id VARCHAR(64) NOT NULL REFERENCES authorities(id),
    sort_order INT NOT NULL DEFAULT 0,
    PRIMARY KEY (point_id, authority_id)
);

CREATE TABLE queues (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    prefix VARCHAR(4) NOT NULL,
    authority_id VARCHAR(64) NOT NULL REFERENCES authorities(id),
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0
);

CREATE TABLE services (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    authority_id VARCHAR(64) NOT NULL REFERENCES authorities(id),
    queue_id VARCHAR(64) NOT NULL REFERENCES queues(id),
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    desc_fi VARCHAR(1000) NOT NULL,
    desc_sv VARCHAR(1000) NOT NULL,
    desc_en VARCHAR(1000) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0
);

CREATE TABLE desks (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    kind VARCHAR(20) NOT NULL,
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0
);

CREATE TABLE desk_queues (
    desk_id VARCHAR(64) NOT NULL REFERENCES desks(id),
    queue_id VARCHAR(64) NOT NULL REFERENCES queues(id),
    priority INT NOT NULL DEFAULT 1,
    PRIMARY KEY (desk_id, queue_id)
);

CREATE TABLE life_events (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    service_id VARCHAR(64) NOT NULL REFERENCES services(id),
    icon VARCHAR(50) NOT NULL,
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0
);

CREATE TABLE service_event_types (
    id VARCHAR(64) PRIMARY KEY,
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    nominal_minutes INT NOT NULL,
    shortcut VARCHAR(10) NOT NULL,
    sort_order INT NOT NULL DEFAULT 0
);

CREATE TABLE prices (
    authority_id VARCHAR(64) NOT NULL REFERENCES authorities(id),
    type_id VARCHAR(64) NOT NULL REFERENCES service_event_types(id),
    price_cents BIGINT NOT NULL,
    PRIMARY KEY (authority_id, type_id)
);

CREATE TABLE directory (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    kind VARCHAR(30) NOT NULL,
    title_fi VARCHAR(300) NOT NULL,
    title_sv VARCHAR(300) NOT NULL,
    title_en VARCHAR(300) NOT NULL,
    body_fi VARCHAR(2000) NOT NULL,
    body_sv VARCHAR(2000) NOT NULL,
    body_en VARCHAR(2000) NOT NULL,
    phone VARCHAR(50),
    email VARCHAR(200),
    url VARCHAR(500),
    address VARCHAR(300),
    keywords VARCHAR(1000) NOT NULL
);

CREATE TABLE devices (
    token_hash VARCHAR(64) PRIMARY KEY,
    role VARCHAR(30) NOT NULL,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    name VARCHAR(100) NOT NULL
);

CREATE TABLE staff (
    username VARCHAR(64) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(30) NOT NULL,
    point_id VARCHAR(64),
    authority_id VARCHAR(64)
);

CREATE TABLE sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    username VARCHAR(64) NOT NULL REFERENCES staff(username),
    desk_id VARCHAR(64),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE queue_counters (
    queue_id VARCHAR(64) NOT NULL,
    ticket_day VARCHAR(10) NOT NULL,
    last_no INT NOT NULL,
    PRIMARY KEY (queue_id, ticket_day)
);

CREATE TABLE offline_blocks (
    point_id VARCHAR(64) NOT NULL,
    kiosk_id VARCHAR(64) NOT NULL,
    ticket_day VARCHAR(10) NOT NULL,
    queue_id VARCHAR(64) NOT NULL,
    first_no INT NOT NULL,
    last_no INT NOT NULL,
    PRIMARY KEY (point_id, kiosk_id, ticket_day, queue_id)
);

CREATE TABLE appointments (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    authority_id VARCHAR(64) NOT NULL,
    queue_id VARCHAR(64) NOT NULL,
    starts_at BIGINT NOT NULL,
    booking_code VARCHAR(32) NOT NULL UNIQUE,
    special_needs VARCHAR(300) NOT NULL,
    status VARCHAR(20) NOT NULL,
    ticket_id VARCHAR(64),
    created_at BIGINT NOT NULL
);

CREATE TABLE tickets (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    ticket_day VARCHAR(10) NOT NULL,
    number VARCHAR(16) NOT NULL,
    queue_id VARCHAR(64) NOT NULL,
    service_id VARCHAR(64),
    status VARCHAR(20) NOT NULL,
    desk_id VARCHAR(64),
    language VARCHAR(8) NOT NULL,
    special_needs VARCHAR(300) NOT NULL,
    interpreter_language VARCHAR(32),
    issued_at BIGINT NOT NULL,
    sort_at BIGINT NOT NULL,
    called_at BIGINT,
    started_at BIGINT,
    finished_at BIGINT,
    recalls INT NOT NULL DEFAULT 0,
    tracking_code VARCHAR(32) NOT NULL UNIQUE,
    appointment_id VARCHAR(64),
    due_at BIGINT,
    priority BOOLEAN NOT NULL DEFAULT FALSE,
    passed_by INT NOT NULL DEFAULT 0,
    plan VARCHAR(1000) NOT NULL DEFAULT '',
    triage TEXT,
    notes TEXT,
    outcome VARCHAR(20),
    assessment INT,
    served_by VARCHAR(64),
    kiosk_id VARCHAR(64),
    offline BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT tickets_number_unique UNIQUE (point_id, ticket_day, number)
);
CREATE INDEX tickets_queue_status ON tickets (queue_id, status, sort_at);
CREATE INDEX tickets_point_day ON tickets (point_id, ticket_day);

CREATE TABLE service_events (
    id VARCHAR(64) PRIMARY KEY,
    ticket_id VARCHAR(64) NOT NULL REFERENCES tickets(id),
    point_id VARCHAR(64) NOT NULL,
    type_id VARCHAR(64) NOT NULL,
    authority_id VARCHAR(64) NOT NULL,
    count INT NOT NULL,
    desk_id VARCHAR(64),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX service_events_point ON service_events (point_id, recorded_at);

CREATE TABLE referrals (
    id VARCHAR(64) PRIMARY KEY,
    ticket_id VARCHAR(64) NOT NULL REFERENCES tickets(id),
    point_id VARCHAR(64) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    target VARCHAR(200),
    slip_text VARCHAR(4000) NOT NULL,
    qr_url VARCHAR(500),
    created_at BIGINT NOT NULL
);

CREATE TABLE help_requests (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL,
    source VARCHAR(100) NOT NULL,
    location VARCHAR(200),
    language VARCHAR(8),
    requested_at BIGINT NOT NULL,
    acknowledged_by VARCHAR(64),
    acknowledged_at BIGINT
);

CREATE TABLE incidents (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL,
    desk_id VARCHAR(64),
    category VARCHAR(50) NOT NULL,
    severity INT NOT NULL,
    description VARCHAR(2000),
    occurred_at BIGINT NOT NULL,
    recorded_by VARCHAR(64),
    resolution VARCHAR(2000),
    resolved_at BIGINT
);

CREATE TABLE feedback (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL,
    rating INT,
    outcome VARCHAR(20),
    could_do_alone BOOLEAN,
    not_alone_reason VARCHAR(100),
    comment VARCHAR(2000),
    language VARCHAR(8) NOT NULL,
    source VARCHAR(30) NOT NULL,
    queue_id VARCHAR(64),
    authority_id VARCHAR(64),
    desk_id VARCHAR(64),
    answered_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX feedback_point ON feedback (point_id, answered_at);

CREATE TABLE info_messages (
    id VARCHAR(64) PRIMARY KEY,
    point_id VARCHAR(64) NOT NULL,
    text_fi VARCHAR(500) NOT NULL,
    text_sv VARCHAR(500) NOT NULL,
    text_en VARCHAR(500) NOT NULL,
    sort_order INT NOT NULL
);

CREATE TABLE idempotency (
    scope VARCHAR(300) PRIMARY KEY,
    status INT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE events (
    point_id VARCHAR(64) NOT NULL,
    id BIGINT NOT NULL,
    type VARCHAR(50) NOT NULL,
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (point_id, id)
);
