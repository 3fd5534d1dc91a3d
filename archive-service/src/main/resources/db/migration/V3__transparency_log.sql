-- The tamper-evident log (RFC 6962/9162): every archived record, correction and legal-hold entry becomes a leaf.
-- Entries are queued in the transaction that creates them and integrated in batches by the sequencer, which
-- assigns contiguous leaf indices, stores the completed perfect-subtree nodes and signs a checkpoint.

-- The queue is operational: the sequencer deletes what it integrated (in the same transaction that inserts the
-- leaves). The 四性 report flags any record that is neither queued nor a leaf.
CREATE TABLE archive_log_pending (
    seq         BIGSERIAL PRIMARY KEY,
    kind        TEXT  NOT NULL CHECK (kind IN ('record', 'correction', 'legal-hold')),
    entry_id    TEXT  NOT NULL,
    document_id TEXT  NOT NULL,
    data        BYTEA NOT NULL,
    UNIQUE (kind, entry_id)
);
SELECT archive_grant_app('SELECT, INSERT, DELETE', 'archive_log_pending');
SELECT archive_grant_app('USAGE, SELECT', 'SEQUENCE archive_log_pending_seq_seq');

-- data = the exact bytes hashed: leaf hash = SHA-256(0x00 || data)
CREATE TABLE archive_log_leaves (
    leaf_index    BIGINT      PRIMARY KEY CHECK (leaf_index >= 0),
    kind          TEXT        NOT NULL,
    entry_id      TEXT        NOT NULL,
    document_id   TEXT        NOT NULL,
    data          BYTEA       NOT NULL,
    integrated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (kind, entry_id)
);
CREATE INDEX archive_log_leaves_document ON archive_log_leaves (document_id);
SELECT archive_seal('archive_log_leaves');

-- Perfect subtree roots: (level, idx) covers leaves [idx·2^level, (idx+1)·2^level); level 0 = leaf hashes.
CREATE TABLE archive_log_nodes (
    level SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 62),
    idx   BIGINT   NOT NULL CHECK (idx >= 0),
    hash  BYTEA    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);
SELECT archive_seal('archive_log_nodes');

CREATE TABLE archive_log_checkpoints (
    tree_size  BIGINT      PRIMARY KEY CHECK (tree_size > 0),
    origin     TEXT        NOT NULL,
    root_hash  BYTEA       NOT NULL CHECK (length(root_hash) = 32),
    at         TIMESTAMPTZ NOT NULL,
    signature  BYTEA       NOT NULL,
    public_key BYTEA       NOT NULL
);
SELECT archive_seal('archive_log_checkpoints');
