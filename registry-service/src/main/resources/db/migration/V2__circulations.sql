-- 传阅 (issue 17): one row per round, one per reader in the round's order; who holds it is received, not yet read.
CREATE TABLE circulations (
    id             UUID        PRIMARY KEY,
    document_id    UUID        NOT NULL,
    title          TEXT        NOT NULL,
    classification TEXT        NOT NULL CHECK (classification IN ('非密', '秘密', '机密', '绝密')),
    reading_order  TEXT        NOT NULL CHECK (reading_order IN ('SEQUENTIAL', 'PARALLEL')),
    started_by     TEXT        NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX circulations_by_document ON circulations (document_id, started_at);

CREATE TABLE circulation_readings (
    circulation_id UUID        NOT NULL REFERENCES circulations (id),
    seq            INT         NOT NULL,
    reader         TEXT        NOT NULL,
    received_at    TIMESTAMPTZ,
    read_at        TIMESTAMPTZ,
    instruction    TEXT,
    PRIMARY KEY (circulation_id, seq),
    UNIQUE (circulation_id, reader),
    CHECK (read_at IS NULL OR received_at IS NOT NULL)
);
-- a reader's 待阅
CREATE INDEX circulation_readings_held ON circulation_readings (reader) WHERE received_at IS NOT NULL AND read_at IS NULL;
