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
