-- Issue 15: loading a review took five statements (the document row, then its rounds, steps, acts and
-- countersigners); the driver's and reviewers' reads load the same review again and again between two changes.
-- The document row now carries a version that moves with every write to the review — its own row or any row of
-- its rounds, steps, acts and countersigners, by whichever writer — so a reader that finds the version it loaded
-- before may use what it loaded then. A sequence, not a counter: a rolled-back write's number is never reused.
CREATE SEQUENCE review_version_seq;
ALTER TABLE reviews ADD COLUMN version BIGINT NOT NULL DEFAULT nextval('review_version_seq');

CREATE FUNCTION review_version_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := nextval('review_version_seq');
    RETURN NEW;
END
$$;
CREATE TRIGGER reviews_version BEFORE INSERT OR UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION review_version_moves();

-- a part of the review changed: touch its document row, whose own trigger then moves the version
CREATE FUNCTION review_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reviews SET version = 0
    WHERE document_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    part TEXT;
BEGIN
    FOREACH part IN ARRAY ARRAY['review_rounds', 'review_steps', 'review_acts', 'review_countersigners'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION review_part_changed()', part || '_version', part);
    END LOOP;
END
$$;
