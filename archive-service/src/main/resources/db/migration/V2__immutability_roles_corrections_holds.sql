-- Immutability enforced by the database, not only by the code (issue 5, reference.md §3.5 真实性/安全性).
--
-- Two roles: the owner (whoever runs Flyway: it creates and alters tables) and gongwen_archive_app, the role the
-- service runs as after `SET ROLE` (see archive_enter_app_role below, called by every pooled connection). The app
-- role may SELECT and INSERT record tables, never UPDATE, DELETE or TRUNCATE them, so even a bug or an injected
-- statement in the service cannot rewrite history. Triggers refuse the same for everybody, owner included.
--
-- Creating a role needs CREATEROLE. Where the migrating login lacks it (the local suite's `gongwen` login is a
-- plain database owner), the service keeps running as the owner and the owner revokes UPDATE/DELETE/TRUNCATE on the
-- record tables from itself: an UPDATE still fails with "permission denied", and only a deliberate GRANT (DDL,
-- which the service never issues) could undo it.
DO $$
BEGIN
    IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongwen_archive_app') THEN
            CREATE ROLE gongwen_archive_app NOLOGIN;
        END IF;
        -- PostgreSQL 16+: a CREATEROLE creator is not a SET-capable member by default
        IF NOT pg_has_role(current_user, 'gongwen_archive_app', 'SET') THEN
            EXECUTE format('GRANT gongwen_archive_app TO %I', current_user);
        END IF;
    END IF;
END
$$;

-- Grants to the app role if it exists; a no-op where it could not be created.
CREATE FUNCTION archive_grant_app(privileges TEXT, relation TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongwen_archive_app') THEN
        EXECUTE format('GRANT %s ON %s TO gongwen_archive_app', privileges, relation);
    END IF;
END
$$;

-- Makes a table append-only: SELECT/INSERT for the app role, no UPDATE/DELETE/TRUNCATE for anyone.
CREATE FUNCTION archive_seal(relation TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM archive_grant_app('SELECT, INSERT', relation);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM PUBLIC', relation);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM %I', relation, current_user);
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION archive_records_append_only()',
                   relation || '_append_only', relation);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION archive_records_append_only()',
                   relation || '_no_truncate', relation);
END
$$;

-- Called by every connection of the service's pool (spring.datasource.hikari.connection-init-sql).
CREATE FUNCTION archive_enter_app_role() RETURNS TEXT LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongwen_archive_app')
            AND pg_has_role(session_user, 'gongwen_archive_app', 'SET') THEN
        PERFORM set_config('role', 'gongwen_archive_app', false);
    END IF;
    RETURN current_user;
END
$$;

-- archive_records already has its triggers (V1); grants and revocations only.
SELECT archive_grant_app('SELECT, INSERT', 'archive_records');
REVOKE UPDATE, DELETE, TRUNCATE ON archive_records FROM PUBLIC;
DO $$ BEGIN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON archive_records FROM %I', current_user); END $$;

-- Operational tables the service legitimately updates.
SELECT archive_grant_app('SELECT, INSERT, UPDATE', 'archive_item_counters');
SELECT archive_grant_app('SELECT, INSERT, UPDATE, DELETE', 'outbox');
SELECT archive_grant_app('USAGE, SELECT', 'SEQUENCE outbox_seq_seq');
SELECT archive_grant_app('SELECT, INSERT, DELETE', 'processed_events');

-- Metadata corrections: never an edit of the record, always a new entry linked to it, with a reason and who.
CREATE TABLE archive_corrections (
    id             UUID        PRIMARY KEY,
    document_id    TEXT        NOT NULL REFERENCES archive_records (document_id),
    field          TEXT        NOT NULL,
    previous_value TEXT,
    new_value      TEXT        NOT NULL,
    reason         TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
    actor          TEXT        NOT NULL,
    actor_name     TEXT,
    corrected_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX archive_corrections_document ON archive_corrections (document_id, corrected_at);
SELECT archive_seal('archive_corrections');

-- 法律保全 (legal hold): placed and released as entries; the latest entry of a document decides. A held record
-- cannot be disposed of whatever its retention says.
CREATE TABLE archive_legal_holds (
    id          UUID        PRIMARY KEY,
    document_id TEXT        NOT NULL REFERENCES archive_records (document_id),
    held        BOOLEAN     NOT NULL,
    reason      TEXT        NOT NULL CHECK (length(btrim(reason)) > 0),
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX archive_legal_holds_document ON archive_legal_holds (document_id, at);
SELECT archive_seal('archive_legal_holds');
