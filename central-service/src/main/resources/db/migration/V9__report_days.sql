-- Report summaries (ADR 0026): one row per point and closed day with everything the metrics and billing reports
-- need (counts, sums, 1..5 distributions, exact waiting-time histograms, hour x weekday cells, events per
-- authority x type, chains, incidents, referrals), encoded compactly per part. Nothing personal, no free text.
CREATE TABLE report_point_days (
    point_id VARCHAR(64) NOT NULL,
    summary_day VARCHAR(10) NOT NULL,
    tickets VARCHAR(1000000) NOT NULL,
    feedback VARCHAR(1000000) NOT NULL,
    events VARCHAR(1000000) NOT NULL,
    other VARCHAR(1000000) NOT NULL,
    summarised_at BIGINT NOT NULL,
    PRIMARY KEY (point_id, summary_day)
);
CREATE INDEX report_point_days_day ON report_point_days (summary_day);

-- The days the summaries cover: a closed day listed here has a row for every point that had raw rows that day.
CREATE TABLE report_closed_days (
    summary_day VARCHAR(10) PRIMARY KEY,
    summarised_at BIGINT NOT NULL
);

-- A raw row of a point's day changed after the day may have been summarised (a ticket by its day, anything else
-- by its time): the reports read that point-day raw until the maintenance job summarises it again.
-- No key: a duplicate mark is harmless and a write never fails on one.
CREATE TABLE report_changes (
    point_id VARCHAR(64) NOT NULL,
    summary_day VARCHAR(10),
    at_ms BIGINT
);
CREATE INDEX report_changes_point ON report_changes (point_id, summary_day);
