-- Free booking times (issue 12, ADR 0028): what an authority's booking integration (or a supervisor) saw on a day
-- for one bookable service at a point: the first free time then offered, or none within the horizon (NULL).
-- One row per point, service and day; a later report of the same day replaces the earlier one.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE free_time_observations (
    point_id VARCHAR(64) NOT NULL REFERENCES points(id),
    service_id VARCHAR(64) NOT NULL,
    authority_id VARCHAR(64) NOT NULL,
    observed_on VARCHAR(10) NOT NULL,
    first_free VARCHAR(16),
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (point_id, service_id, observed_on)
);
CREATE INDEX free_time_observations_day ON free_time_observations (observed_on);
