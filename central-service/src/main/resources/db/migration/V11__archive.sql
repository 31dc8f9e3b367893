-- Archiving (ADR 0029): each month of a table the retention job moves out of the live tables into
-- <data>/archive/<table>/<yyyy-MM>.jsonl.gz. WRITTEN: the files are complete and forced to disk, the rows are
-- being deleted; ARCHIVED: done; RESTORED: an operator put the rows back, the job leaves the month alone.
CREATE TABLE archive_months (
    table_name VARCHAR(40) NOT NULL,
    archive_month VARCHAR(7) NOT NULL,
    state VARCHAR(12) NOT NULL,
    row_count BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (table_name, archive_month)
);
CREATE INDEX archive_months_state ON archive_months (state);
