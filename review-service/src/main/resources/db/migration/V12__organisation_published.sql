-- Issue 17: review-service publishes the organisation (gongwen.review.organisation-changed.v1) so that registry-service
-- no longer configures units and people of its own. The version last published; a change (by an ADMIN, or by SQL
-- between two starts) moves organisation_version past it, and the next publication catches up. 0: never published.
CREATE TABLE organisation_published (
    single  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
    version BIGINT  NOT NULL
);
INSERT INTO organisation_published (version) VALUES (0);
