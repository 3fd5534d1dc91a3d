-- Issue 18, 更正 after 签发 (条例 第二十五条): a content change after 签发 is signed again as a new revision of the
-- same document, and the archive keeps every issued revision as its own record (一件 each, with its own 档号 from
-- the same class counter: a 档号 names one item and never changes, DA/T 13 唯一性/稳定性, and the 件号 stays
-- gap-free per class). The first issued revision keeps the document id as its record key (contract:
-- GET /api/archive/records/{documentId}); a correction's record key is '{documentId}~r{revision}'.
--
-- The link between the two is this append-only fact, never an UPDATE of the corrected record (archive_records
-- refuses every UPDATE, V1). Each record's own log leaf already names its key and revision, so the log attests
-- which document and revision a correction's record belongs to; this table adds the reason and makes the link
-- queryable both ways. A record is corrected at most once (UNIQUE corrects): corrections form a chain.
CREATE TABLE archive_revision_links (
    record_id         TEXT        PRIMARY KEY REFERENCES archive_records (document_id),
    corrects          TEXT        NOT NULL UNIQUE REFERENCES archive_records (document_id),
    document_id       TEXT        NOT NULL,
    revision          INT         NOT NULL CHECK (revision > 1),
    corrects_revision INT         NOT NULL CHECK (corrects_revision >= 1 AND corrects_revision < revision),
    reason            TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
    linked_at         TIMESTAMPTZ NOT NULL,
    CHECK (record_id <> corrects)
);
CREATE INDEX archive_revision_links_document ON archive_revision_links (document_id, revision DESC);
SELECT archive_seal('archive_revision_links');
