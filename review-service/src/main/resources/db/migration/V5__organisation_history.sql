-- Issue 4, organisation ADMIN API with history: a change never overwrites a row, it closes the current one
-- (valid_to) and opens a new one (valid_from), so the organisation can be read as it stood at any instant.
-- Several versions per code/username therefore exist: keys become (key, valid_from), at most one open row per
-- key (partial unique indexes, which also let the demo script's ON CONFLICT DO NOTHING keep ADMIN edits), and
-- the foreign keys to a single row give way to checks in the application (REVIEW-ORG-* refusals).
ALTER TABLE people DROP CONSTRAINT IF EXISTS people_unit_code_fkey;
ALTER TABLE unit_supervision DROP CONSTRAINT IF EXISTS unit_supervision_unit_code_fkey;
ALTER TABLE unit_supervision DROP CONSTRAINT IF EXISTS unit_supervision_username_fkey;
ALTER TABLE unit_heads DROP CONSTRAINT IF EXISTS unit_heads_unit_code_fkey;
ALTER TABLE unit_heads DROP CONSTRAINT IF EXISTS unit_heads_username_fkey;
ALTER TABLE acting_assignments DROP CONSTRAINT IF EXISTS acting_assignments_username_fkey;
ALTER TABLE acting_assignments DROP CONSTRAINT IF EXISTS acting_assignments_acting_username_fkey;

ALTER TABLE units DROP CONSTRAINT units_pkey, ADD PRIMARY KEY (code, valid_from),
    ADD CHECK (valid_to IS NULL OR valid_to > valid_from);
CREATE UNIQUE INDEX units_open ON units (code) WHERE valid_to IS NULL;

ALTER TABLE people DROP CONSTRAINT people_pkey, ADD PRIMARY KEY (username, valid_from),
    ADD CHECK (valid_to IS NULL OR valid_to > valid_from);
CREATE UNIQUE INDEX people_open ON people (username) WHERE valid_to IS NULL;

CREATE UNIQUE INDEX unit_supervision_open ON unit_supervision (unit_code) WHERE valid_to IS NULL;
CREATE UNIQUE INDEX unit_heads_open ON unit_heads (unit_code) WHERE valid_to IS NULL;

-- 办公室主任, 签发人 and 代字 change over time too (赵敏 replaced as 主任 while documents are in review).
ALTER TABLE organisation_settings DROP CONSTRAINT organisation_settings_pkey;
ALTER TABLE organisation_settings ADD COLUMN valid_from TIMESTAMPTZ, ADD COLUMN valid_to TIMESTAMPTZ;
UPDATE organisation_settings SET valid_from = '2000-01-01T00:00:00Z';
ALTER TABLE organisation_settings ALTER COLUMN valid_from SET NOT NULL,
    ALTER COLUMN valid_from SET DEFAULT now(), ADD PRIMARY KEY (key, valid_from),
    ADD CHECK (valid_to IS NULL OR valid_to > valid_from);
CREATE UNIQUE INDEX organisation_settings_open ON organisation_settings (key) WHERE valid_to IS NULL;

-- An acting period is itself a period of time: it is addressed by id; one not yet begun that ADMIN changes or
-- ends is cancelled (kept, with cancelled_at), one that has begun is cut at that instant.
-- A replacement may start when the cancelled one would have: the key is the id, not (username, valid_from).
ALTER TABLE acting_assignments ADD COLUMN id BIGSERIAL, ADD COLUMN cancelled_at TIMESTAMPTZ;
ALTER TABLE acting_assignments DROP CONSTRAINT acting_assignments_pkey, ADD PRIMARY KEY (id);
CREATE INDEX acting_assignments_owner ON acting_assignments (username, valid_from);
