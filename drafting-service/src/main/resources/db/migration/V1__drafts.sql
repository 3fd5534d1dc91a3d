-- A draft's current state. content, chain and history are the domain's own values as JSON; the workflow
-- columns are plain columns so that lists and filters stay indexable.
CREATE TABLE drafts (
    id              UUID        PRIMARY KEY,
    drafter         TEXT        NOT NULL,
    drafter_person  JSONB       NOT NULL,
    status          TEXT        NOT NULL,
    revision        INT         NOT NULL,
    version         BIGINT      NOT NULL,
    content         JSONB       NOT NULL,
    chain           JSONB       NOT NULL DEFAULT '[]',
    history         JSONB       NOT NULL DEFAULT '[]',
    document_number TEXT,
    signer          JSONB,
    issued_at       TIMESTAMPTZ,
    archive_no      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX drafts_by_drafter ON drafts (drafter, created_at DESC, id);

-- Every save, never updated or deleted: the raw material of the 痕迹 (who changed what, when).
CREATE TABLE draft_versions (
    draft_id     UUID        NOT NULL REFERENCES drafts (id),
    version      BIGINT      NOT NULL,
    content      JSONB       NOT NULL,
    content_hash TEXT        NOT NULL,
    author       TEXT        NOT NULL,
    saved_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (draft_id, version)
);
