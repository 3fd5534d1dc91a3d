-- Issue 17: the organisation as review-service last published it (gongwen.review.organisation-changed.v1), instead of
-- units and people configured in registry-service. One row, the latest version; every instance reads it.
CREATE TABLE organisation_replica (
    single      BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (single),
    version     BIGINT      NOT NULL,
    state       JSONB       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);
