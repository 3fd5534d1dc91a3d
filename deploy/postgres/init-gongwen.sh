#!/bin/bash
# Creates the services' login role and one database per service. The postgres image runs this once, when it
# initialises an empty data volume (/docker-entrypoint-initdb.d); the statements are idempotent all the same.
# The password comes from the environment (GONGWEN_PG_PASSWORD), never from this file.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_user="${GONGWEN_PG_USER:?}" -v app_password="${GONGWEN_PG_PASSWORD:?}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app_user', :'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_user')\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', db, :'app_user', 'UTF8')
  FROM unnest(ARRAY['gongwen_drafting', 'gongwen_review', 'gongwen_archive']) AS db
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = db)\gexec
SQL
