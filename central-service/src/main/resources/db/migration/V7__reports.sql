-- Reports (issue 12): a point belongs to a region (NULL: its municipality is its region) and has a waiting-time
-- target in minutes for the "served within target" share (NULL or 0: 20 minutes); the feedback terminal asks for perceived safety 1..5.
ALTER TABLE points ADD COLUMN region VARCHAR(100);
ALTER TABLE points ADD COLUMN wait_target_minutes INT;
ALTER TABLE feedback ADD COLUMN perceived_safety INT;
CREATE INDEX tickets_day ON tickets (ticket_day);
CREATE INDEX feedback_answered ON feedback (answered_at);
CREATE INDEX service_events_recorded ON service_events (recorded_at);
