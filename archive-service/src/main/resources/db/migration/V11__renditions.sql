-- Issue 18: the issued document as files in GB/T 9704-2012 layout (PDF/A-2b and OFD), rendered by the archive
-- off the archiving path (a render costs 0.1-3 s of CPU; the record must be visible within ~300 ms of 签发).

-- The work queue: one job per archived record, inserted in the archiving transaction. Operational, like the log's
-- queue: the worker claims a job by moving its next attempt past a lease (so a job whose worker died is taken up
-- again), counts attempts, records the last failure, and deletes the job when the files are stored; a job that
-- failed too often stays as 'failed' for an operator to see.
CREATE TABLE archive_render_jobs (
    document_id     TEXT        PRIMARY KEY REFERENCES archive_records (document_id),
    state           TEXT        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed')),
    attempts        INT         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    enqueued_at     TIMESTAMPTZ NOT NULL,
    failed_at       TIMESTAMPTZ
);
CREATE INDEX archive_render_jobs_due ON archive_render_jobs (next_attempt_at) WHERE state = 'pending';
SELECT archive_grant_app('SELECT, INSERT, UPDATE, DELETE', 'archive_render_jobs');

-- The files, once per record and never changed (append-only like the record: archive_seal). Each row is also a
-- leaf of the log (kind 'rendition') naming both SHA-256, so a file swapped later is found by the 四性 check.
CREATE TABLE archive_renditions (
    document_id TEXT        PRIMARY KEY REFERENCES archive_records (document_id),
    pdf         BYTEA       NOT NULL CHECK (length(pdf) > 0),
    pdf_sha256  TEXT        NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    ofd         BYTEA       NOT NULL CHECK (length(ofd) > 0),
    ofd_sha256  TEXT        NOT NULL CHECK (ofd_sha256 ~ '^[0-9a-f]{64}$'),
    page_count  INT         NOT NULL CHECK (page_count > 0),
    rendered_at TIMESTAMPTZ NOT NULL
);
SELECT archive_seal('archive_renditions');

ALTER TABLE archive_log_pending DROP CONSTRAINT archive_log_pending_kind_check;
ALTER TABLE archive_log_pending ADD CONSTRAINT archive_log_pending_kind_check
    CHECK (kind IN ('record', 'correction', 'legal-hold', 'attachment', 'rendition'));

-- Downloading a rendition is a read of the record (安全性: every read is logged).
ALTER TABLE archive_access_log DROP CONSTRAINT archive_access_log_action_check;
ALTER TABLE archive_access_log ADD CONSTRAINT archive_access_log_action_check
    CHECK (action IN ('read', 'proof', 'leaf', 'export', 'check', 'rendition'));
