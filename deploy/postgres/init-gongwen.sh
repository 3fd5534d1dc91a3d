#!/bin/bash
# Creates the role set the services run with and one database per service: the same as
# database-roles/src/main/java/org/gongwen/database/GongwenRoles.java does for the local suite and the tests
# (deploy-validation checks the two agree). The postgres image runs this once, when it initialises an empty data
# volume (/docker-entrypoint-initdb.d); the statements are idempotent all the same.
#  - the services' login (GONGWEN_PG_USER): owns the databases and runs the migrations; no superuser, CREATEROLE,
#    CREATEDB, REPLICATION or BYPASSRLS
#  - gongwen_drafting_app, gongwen_review_app, gongwen_archive_app, gongwen_registry_app (NOLOGIN): each service's runtime role (rows
#    only; archive's not even UPDATE/DELETE on records), granted to the login, which switches to it (SET ROLE)
#  - nobody else may connect to the databases
# The password comes from the environment (GONGWEN_PG_PASSWORD), never from this file.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_user="${GONGWEN_PG_USER:?}" -v app_password="${GONGWEN_PG_PASSWORD:?}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'app_user', :'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_user')\gexec

SELECT format('CREATE ROLE %I NOLOGIN', db || '_app')
  FROM unnest(ARRAY['gongwen_drafting', 'gongwen_review', 'gongwen_archive', 'gongwen_registry']) AS db
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = db || '_app')\gexec

SELECT format('GRANT %I TO %I', db || '_app', :'app_user')
  FROM unnest(ARRAY['gongwen_drafting', 'gongwen_review', 'gongwen_archive', 'gongwen_registry']) AS db\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', db, :'app_user', 'UTF8')
  FROM unnest(ARRAY['gongwen_drafting', 'gongwen_review', 'gongwen_archive', 'gongwen_registry']) AS db
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = db)\gexec

SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', db)
  FROM unnest(ARRAY['gongwen_drafting', 'gongwen_review', 'gongwen_archive', 'gongwen_registry']) AS db\gexec
SQL
