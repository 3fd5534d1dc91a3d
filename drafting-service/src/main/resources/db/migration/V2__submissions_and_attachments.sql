-- Which saved version each revision submitted (送审): the link between 痕迹 (versions) and review rounds.
CREATE TABLE draft_submissions (
    draft_id     UUID        NOT NULL REFERENCES drafts (id),
    revision     INT         NOT NULL,
    version      BIGINT      NOT NULL,
    content_hash TEXT        NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (draft_id, revision)
);

-- Attachment files, by content: the same bytes uploaded twice are stored once. A file belongs to the drafts
-- that listed it (draft_attachment_files); it is never deleted while a version references it, because
-- versions are immutable and archive-service fetches issued files by hash.
CREATE TABLE attachment_files (
    sha256       TEXT        PRIMARY KEY,
    size         BIGINT      NOT NULL,
    content_type TEXT        NOT NULL,
    bytes        BYTEA       NOT NULL,
    stored_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE draft_attachment_files (
    draft_id    UUID        NOT NULL REFERENCES drafts (id),
    sha256      TEXT        NOT NULL REFERENCES attachment_files (sha256),
    filename    TEXT        NOT NULL,
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (draft_id, sha256)
);
