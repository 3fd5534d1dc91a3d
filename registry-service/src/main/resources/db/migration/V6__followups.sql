-- 催办 on the working-day calendar (issue 17, registry-ops): what the sweep sent for each open item (签收 of a
-- delivery, 承办 of a 收文, a 交办事项) and when it looks at the item again, and every notice that went out.

-- One row per item that the sweep has looked at: what was sent for its current deadline (basis = the deadline as
-- given; another one starts afresh) and when something can next be due.
CREATE TABLE followup_schedule (
    item_kind        TEXT        NOT NULL CHECK (item_kind IN ('DELIVERY', 'INCOMING', 'MATTER')),
    item_id          UUID        NOT NULL,
    basis            TEXT        NOT NULL,
    reminded_at      TIMESTAMPTZ,
    last_overdue_day DATE,
    escalated_at     TIMESTAMPTZ,
    next_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

-- The 催办 trail of every item (a 收文's also goes into incoming_trail): append-only, and at most one notice of a
-- kind per item and office day, whichever instance and run got there first (the key is what makes a rerun or a
-- second instance send nothing twice).
CREATE TABLE followup_notices (
    item_kind         TEXT        NOT NULL CHECK (item_kind IN ('DELIVERY', 'INCOMING', 'MATTER')),
    item_id           UUID        NOT NULL,
    kind              TEXT        NOT NULL CHECK (kind IN ('REMINDER', 'OVERDUE', 'ESCALATED')),
    day               DATE        NOT NULL,
    document_id       UUID        NOT NULL,
    holder_unit       TEXT        NOT NULL,
    due_at            TIMESTAMPTZ NOT NULL,
    escalated_to      TEXT,
    escalated_to_unit TEXT,
    at                TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_kind, item_id, kind, day)
);
CREATE INDEX followup_notices_recent ON followup_notices (at DESC);

-- the sweep's candidates: open deliveries with a 签收 deadline, assigned 收文 with a deadline, open matters
CREATE INDEX deliveries_awaiting_due ON deliveries (signing_due) WHERE status = 'AWAITING_SIGNATURE';
CREATE INDEX incoming_assigned_deadline ON incoming_documents (deadline) WHERE status = 'ASSIGNED';
