-- registry-service (issue 17): 分发/签收 and 收文, one row per aggregate plus the 收文's append-only trail.

-- 分发: one row per 主送/抄送 organ of an issued document (DLV-PLAN-1), in the order the document names them.
CREATE TABLE deliveries (
    id              UUID        PRIMARY KEY,
    document_id     UUID        NOT NULL,
    position        INT         NOT NULL,
    document_number TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    classification  TEXT        NOT NULL CHECK (classification IN ('非密', '秘密', '机密', '绝密')),
    recipient       TEXT        NOT NULL,
    unit            TEXT,
    role            TEXT        NOT NULL CHECK (role IN ('MAIN', 'COPY')),
    route           TEXT        NOT NULL CHECK (route IN ('INTERNAL', 'EXTERNAL')),
    status          TEXT        NOT NULL CHECK (status IN ('AWAITING_SIGNATURE', 'SIGNED', 'RETURNED', 'TO_SEND', 'SENT')),
    created_at      TIMESTAMPTZ NOT NULL,
    signing_due     TIMESTAMPTZ,
    acted_by        TEXT,
    acted_at        TIMESTAMPTZ,
    note            TEXT,
    -- exactly one delivery per organ and document, whatever the number of document.issued deliveries
    UNIQUE (document_id, recipient),
    UNIQUE (document_id, position),
    CHECK ((route = 'INTERNAL') = (unit IS NOT NULL))
);
-- a unit's 待签收 list
CREATE INDEX deliveries_by_unit ON deliveries (unit, status, created_at) WHERE unit IS NOT NULL;
-- the office clerk's 待寄发 list
CREATE INDEX deliveries_to_send ON deliveries (status, created_at) WHERE route = 'EXTERNAL';

-- 收文编号: one counter row per year, locked by the registering transaction until it ends (gap-free, as review's
-- document_number_counters).
CREATE TABLE receipt_number_counters (
    year        INT PRIMARY KEY,
    last_number INT NOT NULL CHECK (last_number >= 1)
);

CREATE TABLE incoming_documents (
    id                UUID        PRIMARY KEY,
    receipt_year      INT         NOT NULL,
    receipt_serial    INT         NOT NULL CHECK (receipt_serial >= 1),
    sender_organ      TEXT        NOT NULL,
    sender_number     TEXT,
    title             TEXT        NOT NULL,
    marking           TEXT,
    classification    TEXT        NOT NULL CHECK (classification IN ('非密', '秘密', '机密', '绝密')),
    urgency           TEXT,
    copies            INT         NOT NULL CHECK (copies >= 1),
    received_on       DATE        NOT NULL,
    written_on        DATE,
    status            TEXT        NOT NULL CHECK (status IN ('REGISTERED', 'RETURNED_TO_SENDER', 'ACCEPTED', 'PROPOSED',
                                                             'ASSIGNED', 'CONCLUDED')),
    proposal          TEXT,
    lead_unit         TEXT,
    assisting_units   TEXT[],
    deadline          DATE,
    instruction       TEXT,
    result            TEXT,
    reply_document_id UUID,
    registered_at     TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (receipt_year, receipt_serial),
    CHECK ((lead_unit IS NULL) = (instruction IS NULL))
);
CREATE INDEX incoming_by_status ON incoming_documents (status, registered_at DESC);
CREATE INDEX incoming_by_lead_unit ON incoming_documents (lead_unit, status) WHERE lead_unit IS NOT NULL;

-- 收文's trail (业务行为, 行为时间, 机构人员名称): append-only, numbered from 0 in the order of the acts.
CREATE TABLE incoming_trail (
    incoming_id UUID        NOT NULL REFERENCES incoming_documents (id),
    seq         INT         NOT NULL,
    action      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    unit        TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    note        TEXT,
    PRIMARY KEY (incoming_id, seq)
);
