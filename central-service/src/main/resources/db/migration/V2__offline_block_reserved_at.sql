-- when a kiosk reserved its offline numbers: a synced ticket cannot have been issued before
ALTER TABLE offline_blocks ADD COLUMN reserved_at BIGINT;
