-- The organisation review chains are built from. Data, not code: ADMIN edits it (a later issue).
-- valid_from/valid_to keep past states, so a chain can be explained as the organisation stood then.
CREATE TABLE units (
    code       TEXT        PRIMARY KEY,
    name       TEXT        NOT NULL,
    valid_from TIMESTAMPTZ NOT NULL DEFAULT now(),
    valid_to   TIMESTAMPTZ
);

CREATE TABLE people (
    username   TEXT        PRIMARY KEY,
    name       TEXT        NOT NULL,
    unit_code  TEXT        REFERENCES units (code),
    role       TEXT        NOT NULL CHECK (role IN ('CLERK', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'CHIEF', 'AUDITOR', 'ADMIN')),
    clearance  TEXT        CHECK (clearance IN ('绝密', '机密', '秘密')),
    valid_from TIMESTAMPTZ NOT NULL DEFAULT now(),
    valid_to   TIMESTAMPTZ
);

-- 分管: which 分管主任 is in charge of which unit; at most one at a time per unit.
CREATE TABLE unit_supervision (
    unit_code  TEXT        NOT NULL REFERENCES units (code),
    username   TEXT        NOT NULL REFERENCES people (username),
    valid_from TIMESTAMPTZ NOT NULL DEFAULT now(),
    valid_to   TIMESTAMPTZ,
    PRIMARY KEY (unit_code, valid_from)
);

-- Single-valued settings: office_director, signer (主要负责人), agency_code (发文机关代字).
CREATE TABLE organisation_settings (
    key        TEXT        PRIMARY KEY CHECK (key IN ('office_director', 'signer', 'agency_code')),
    value      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
