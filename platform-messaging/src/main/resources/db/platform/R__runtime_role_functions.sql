-- Issue 14, least privilege: a service's pooled connections run as gongwen_<context>_app (for the database
-- gongwen_<context>), a NOLOGIN role the administrator makes with the login (database-roles GongwenRoles,
-- deploy/postgres/init-gongwen.sh). The login owns the tables and migrates them (Flyway has a connection of its
-- own); the runtime role may read and write rows and nothing else: no DDL, no GRANT, no TRUNCATE.
-- archive-service keeps its narrower role and functions (V2: no UPDATE/DELETE on record tables).

-- Called by a service's own repeatable migration R__runtime_role_grants (after every versioned one, so its tables
-- exist): rows of every table but Flyway's history, and the same on tables the owner creates later. A no-op where the administrator made no such role.
CREATE OR REPLACE FUNCTION gongwen_grant_runtime_role() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    runtime TEXT := current_database() || '_app';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', runtime);
END
$$;

-- Called by every pooled connection (spring.datasource.hikari.connection-init-sql). Switches only when the role was
-- granted its rows (a role made after the migration ran would otherwise leave the service with no rights at all).
CREATE OR REPLACE FUNCTION gongwen_enter_runtime_role() RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    runtime TEXT := current_database() || '_app';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime)
            AND pg_has_role(session_user, runtime, 'SET')
            AND has_table_privilege(runtime, 'outbox', 'INSERT') THEN
        PERFORM set_config('role', runtime, false);
    END IF;
    RETURN current_user;
END
$$;
