-- The address a citizen's phone reaches a point's pages at (ticket QR and printed link). Kiosks often talk to
-- the service on an internal address a phone cannot reach; null keeps the old behaviour (the kiosk's server).
ALTER TABLE points ADD COLUMN public_url VARCHAR(512);
