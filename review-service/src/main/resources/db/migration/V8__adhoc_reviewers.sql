-- Issue 18, 加签/减签: a step inserted ad hoc remembers who added it (null = a standing level of the chain, which
-- can never be removed, REVIEW-CHAIN-1), and an act of the journal the person it was about (who was added or
-- removed). Additive: existing rows are standing steps and acts about nobody else.
ALTER TABLE review_steps
    ADD COLUMN added_by_username TEXT,
    ADD COLUMN added_by_name     TEXT,
    ADD COLUMN added_by_unit     TEXT;

ALTER TABLE review_acts
    ADD COLUMN subject_username TEXT,
    ADD COLUMN subject_name     TEXT,
    ADD COLUMN subject_unit     TEXT;
