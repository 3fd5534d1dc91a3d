-- Issue 14: the service runs as gongwen_registry_app (rows only); the login only migrates. The functions are
-- platform-messaging's R__runtime_role_functions (applied before this one: repeatables run in description order).
-- A repeatable, not a versioned migration, so that a platform change never lands below a service's applied versions.
SELECT gongwen_grant_runtime_role();

-- The 收文's trail, a 交办事项's progress reports and the 催办 notices (V6) only grow (业务行为 are never rewritten): the runtime role may add
-- to them and read them, no more.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_app') THEN
        EXECUTE format('REVOKE UPDATE, DELETE ON incoming_trail, matter_reports, followup_notices FROM %I', current_database() || '_app');
    END IF;
END
$$;

