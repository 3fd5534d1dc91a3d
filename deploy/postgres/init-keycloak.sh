#!/bin/bash
# Keycloak's own login role and database (profile keycloak). Runs once, when the postgres image initialises an
# empty data volume; on an existing volume run the same statements by hand (docs/runbook.md, "Keycloak").
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v kc_password="${KEYCLOAK_DB_PASSWORD:?}" <<'SQL'
SELECT format('CREATE ROLE keycloak LOGIN PASSWORD %L', :'kc_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak')\gexec
SELECT 'CREATE DATABASE keycloak OWNER keycloak ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak')\gexec
SQL
