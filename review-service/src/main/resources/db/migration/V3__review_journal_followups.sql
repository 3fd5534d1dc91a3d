-- Issue 4: the round's journal of acts (the archived trail is written from it), delegation and follow-up state
-- of each step, and standing acting assignments (a leader on leave names who acts for them).
CREATE TABLE review_acts (
    document_id        TEXT        NOT NULL,
    revision           INT         NOT NULL,
    seq                INT         NOT NULL,
    action             TEXT        NOT NULL,
    actor_username     TEXT        NOT NULL,
    actor_name         TEXT,
    actor_unit         TEXT,
    role               TEXT,
    level              INT,
    at                 TIMESTAMPTZ NOT NULL,
    opinion            TEXT,
    on_behalf_username TEXT,
    on_behalf_name     TEXT,
    on_behalf_unit     TEXT,
    PRIMARY KEY (document_id, revision, seq),
    FOREIGN KEY (document_id, revision) REFERENCES review_rounds (document_id, revision)
);
CREATE INDEX review_acts_actor ON review_acts (actor_username, at DESC);

-- decisions taken before the journal existed become its first entries
INSERT INTO review_acts (document_id, revision, seq, action, actor_username, actor_name, actor_unit, role, level, at, opinion)
SELECT s.document_id, s.revision,
       row_number() OVER (PARTITION BY s.document_id, s.revision ORDER BY s.decided_at, s.level),
       CASE s.decision WHEN 'RETURN' THEN 'RETURNED' WHEN 'REJECT' THEN 'REJECTED'
                       ELSE CASE WHEN o.status = 'ISSUED' AND s.level = o.current_level THEN 'SIGNED' ELSE 'APPROVED' END END,
       s.reviewer_username, s.reviewer_name, s.reviewer_unit, s.role, s.level, s.decided_at, s.opinion
FROM review_steps s JOIN review_rounds o ON o.document_id = s.document_id AND o.revision = s.revision
WHERE s.decision IS NOT NULL;

ALTER TABLE review_steps
    ADD COLUMN delegation_kind       TEXT CHECK (delegation_kind IN ('DELEGATE', 'TRANSFER')),
    ADD COLUMN delegate_username     TEXT,
    ADD COLUMN delegate_name         TEXT,
    ADD COLUMN delegate_unit         TEXT,
    ADD COLUMN delegated_until       TIMESTAMPTZ,
    ADD COLUMN reminded_at           TIMESTAMPTZ,
    ADD COLUMN due_notice_at         TIMESTAMPTZ,
    ADD COLUMN escalated_to_username TEXT,
    ADD COLUMN escalated_to_name     TEXT,
    ADD COLUMN escalated_to_unit     TEXT,
    ADD COLUMN escalated_at          TIMESTAMPTZ,
    ADD COLUMN last_urged_at         TIMESTAMPTZ,
    -- when the scheduler must look at this step next (reminder, then deadline); null = nothing pending
    ADD COLUMN next_followup_at      TIMESTAMPTZ;
CREATE INDEX review_steps_followup ON review_steps (next_followup_at) WHERE next_followup_at IS NOT NULL;
CREATE INDEX review_steps_delegate ON review_steps (delegate_username) WHERE decision IS NULL;
CREATE INDEX review_steps_escalated ON review_steps (escalated_to_username) WHERE decision IS NULL;

-- 代理: while username is away, acting_username acts for them on every step they own ("X代Y").
CREATE TABLE acting_assignments (
    username        TEXT        NOT NULL REFERENCES people (username),
    acting_username TEXT        NOT NULL REFERENCES people (username),
    valid_from      TIMESTAMPTZ NOT NULL,
    valid_to        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, valid_from),
    CHECK (valid_to > valid_from)
);
