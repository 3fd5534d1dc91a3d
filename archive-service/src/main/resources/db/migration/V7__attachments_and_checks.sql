-- The files behind a record's 附件 (reference.md §3.2: "the body and its attachments are one 件"), fetched from
-- drafting-service by SHA-256 and verified before they are stored — in the archiving transaction, with the record.
-- Append-only like the record (archive_seal: no UPDATE/DELETE/TRUNCATE for the service's role, refusing triggers).
CREATE TABLE archive_attachments (
    document_id  TEXT        NOT NULL REFERENCES archive_records (document_id),
    position     INT         NOT NULL CHECK (position >= 1),
    name         TEXT        NOT NULL,
    sha256       TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size         BIGINT      NOT NULL CHECK (size >= 0),
    content_type TEXT,
    data         BYTEA       NOT NULL,
    stored_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (document_id, position),
    CHECK (length(data) = size)
);
SELECT archive_seal('archive_attachments');

-- 四性 checks and package exports are reads of a record too (安全性: every read is logged).
ALTER TABLE archive_access_log DROP CONSTRAINT archive_access_log_action_check;
ALTER TABLE archive_access_log ADD CONSTRAINT archive_access_log_action_check
    CHECK (action IN ('read', 'proof', 'leaf', 'export', 'check'));

-- Each stored attachment is a leaf of the log too (its leaf names the file's SHA-256).
ALTER TABLE archive_log_pending DROP CONSTRAINT archive_log_pending_kind_check;
ALTER TABLE archive_log_pending ADD CONSTRAINT archive_log_pending_kind_check
    CHECK (kind IN ('record', 'correction', 'legal-hold', 'attachment'));
