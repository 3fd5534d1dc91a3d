-- 查档记录 (reference.md §3.5 安全性): every read of a record, and every attempt on one the reader may not see,
-- written before the answer leaves. Append-only like the records it is about: nobody erases their own traces.
CREATE TABLE archive_access_log (
    id          UUID        PRIMARY KEY,
    reader      TEXT        NOT NULL,
    reader_name TEXT,
    roles       TEXT        NOT NULL,
    action      TEXT        NOT NULL CHECK (action IN ('read', 'proof', 'leaf', 'export')),
    document_id TEXT        NOT NULL,
    outcome     TEXT        NOT NULL CHECK (outcome IN ('shown', 'not-found')),
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX archive_access_log_reader ON archive_access_log (reader, at DESC);
CREATE INDEX archive_access_log_document ON archive_access_log (document_id, at DESC);
CREATE INDEX archive_access_log_at ON archive_access_log (at DESC, id);
SELECT archive_seal('archive_access_log');
