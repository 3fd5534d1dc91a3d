-- Issue 4, 会签: the requirement on a step (rule and how many approvals complete it) and each countersigner's
-- answer; unit heads (科长) who countersign for their unit, with history like the other organisation rows.
ALTER TABLE review_steps
    ADD COLUMN countersign_rule     TEXT CHECK (countersign_rule IN ('ALL', 'ANY', 'N_OF_M')),
    ADD COLUMN countersign_required INT CHECK (countersign_required >= 1);

CREATE TABLE review_countersigners (
    document_id TEXT        NOT NULL,
    revision    INT         NOT NULL,
    level       INT         NOT NULL,
    seq         INT         NOT NULL,
    username    TEXT        NOT NULL,
    name        TEXT,
    unit        TEXT,
    decision    TEXT        CHECK (decision IN ('APPROVE', 'RETURN')),
    opinion     TEXT,
    decided_at  TIMESTAMPTZ,
    PRIMARY KEY (document_id, revision, level, username),
    FOREIGN KEY (document_id, revision, level) REFERENCES review_steps (document_id, revision, level)
);
CREATE INDEX review_countersigners_pending ON review_countersigners (username) WHERE decision IS NULL;

CREATE TABLE unit_heads (
    unit_code  TEXT        NOT NULL REFERENCES units (code),
    username   TEXT        NOT NULL REFERENCES people (username),
    valid_from TIMESTAMPTZ NOT NULL DEFAULT now(),
    valid_to   TIMESTAMPTZ,
    PRIMARY KEY (unit_code, valid_from)
);
