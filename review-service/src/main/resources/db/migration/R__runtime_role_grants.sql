-- Issue 14: the service runs as gongwen_review_app (rows only); the login only migrates. The functions are
-- platform-messaging's R__runtime_role_functions (applied before this one: repeatables run in description order).
-- A repeatable, not a versioned migration, so that a platform change never lands below a service's applied versions.
SELECT gongwen_grant_runtime_role();
