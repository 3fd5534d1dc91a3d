-- 督办 (issue 17): a leader's 交办事项 with its 承办 unit and deadline, and the unit's progress reports (append-only).
CREATE TABLE assigned_matters (
    id                 UUID        PRIMARY KEY,
    source             TEXT        NOT NULL CHECK (source IN ('INSTRUCTION', 'MEETING', 'AD_HOC')),
    source_document_id UUID,
    matter             TEXT        NOT NULL,
    unit               TEXT        NOT NULL,
    deadline           DATE        NOT NULL,
    assigned_by        TEXT        NOT NULL,
    assigned_at        TIMESTAMPTZ NOT NULL,
    result             TEXT,
    concluded_at       TIMESTAMPTZ,
    CHECK ((result IS NULL) = (concluded_at IS NULL)),
    CHECK (source <> 'INSTRUCTION' OR source_document_id IS NOT NULL)
);
-- the 督办 list: open matters by deadline, per unit
CREATE INDEX assigned_matters_open ON assigned_matters (unit, deadline) WHERE concluded_at IS NULL;

CREATE TABLE matter_reports (
    matter_id UUID        NOT NULL REFERENCES assigned_matters (id),
    seq       INT         NOT NULL,
    reporter  TEXT        NOT NULL,
    progress  TEXT        NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (matter_id, seq)
);
