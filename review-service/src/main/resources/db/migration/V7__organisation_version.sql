-- Issue 15: review-service read the organisation (people, posts, settings, acting) with five statements on every
-- start, decision and follow-up. It now keeps every row, with its history, in memory and asks only for this
-- version, which any change to those tables moves. A sequence, not a counter: a rolled-back change's number is
-- never handed out again, so a snapshot a rolled-back transaction saw can never pass for a committed one.
CREATE SEQUENCE organisation_version_seq;
CREATE TABLE organisation_version (
    single  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
    version BIGINT  NOT NULL
);
INSERT INTO organisation_version (version) VALUES (nextval('organisation_version_seq'));

CREATE FUNCTION organisation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organisation_version SET version = nextval('organisation_version_seq');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    organisation_table TEXT;
BEGIN
    FOREACH organisation_table IN ARRAY ARRAY['people', 'units', 'unit_supervision', 'unit_heads',
                                               'organisation_settings', 'acting_assignments'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION organisation_changed()',
                       organisation_table || '_changed', organisation_table);
    END LOOP;
END
$$;
