-- One row per document; the current revision and, once signed, its 文号 and 成文日期.
CREATE TABLE reviews (
    document_id      TEXT        PRIMARY KEY,
    revision         INT         NOT NULL,
    drafter_username TEXT        NOT NULL,
    drafter_name     TEXT,
    drafter_unit     TEXT,
    document_number  TEXT        UNIQUE,
    document_date    DATE,
    issued_at        TIMESTAMPTZ,
    signer_username  TEXT,
    signer_name      TEXT,
    signer_unit      TEXT
);

-- Each submitted revision with the exact content reviewed; earlier ones are history.
CREATE TABLE review_rounds (
    document_id   TEXT        NOT NULL REFERENCES reviews (document_id),
    revision      INT         NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('IN_REVIEW', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'ISSUED')),
    current_level INT         NOT NULL,
    title         TEXT,
    doc_type      TEXT,
    urgency       TEXT,
    content       JSONB       NOT NULL,
    content_hash  TEXT        NOT NULL,
    submitted_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (document_id, revision)
);

CREATE TABLE review_steps (
    document_id       TEXT        NOT NULL,
    revision          INT         NOT NULL,
    level             INT         NOT NULL,
    role              TEXT        NOT NULL,
    reviewer_username TEXT        NOT NULL,
    reviewer_name     TEXT,
    reviewer_unit     TEXT,
    assigned_at       TIMESTAMPTZ,
    due_at            TIMESTAMPTZ,
    decision          TEXT        CHECK (decision IN ('APPROVE', 'RETURN', 'REJECT')),
    opinion           TEXT,
    decided_at        TIMESTAMPTZ,
    PRIMARY KEY (document_id, revision, level),
    FOREIGN KEY (document_id, revision) REFERENCES review_rounds (document_id, revision)
);
CREATE INDEX review_steps_pending ON review_steps (reviewer_username) WHERE decision IS NULL;

-- 发文顺序号 per 代字 and year, bumped in the 签发 transaction: gap-free and unique.
CREATE TABLE document_number_counters (
    agency_code TEXT NOT NULL,
    year        INT  NOT NULL,
    last_number INT  NOT NULL,
    PRIMARY KEY (agency_code, year)
);
