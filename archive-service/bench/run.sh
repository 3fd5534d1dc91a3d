#!/usr/bin/env bash
# The archive benchmark (not a test): loads synthetic records by COPY and measures search and log appends.
# usage: archive-service/bench/run.sh [jdbc:postgresql://HOST:PORT/DB USER PASSWORD [records=1000000] [log-appends=100000] [runs-per-case=200]]
# Without arguments: the server of bench/start-postgres.sh (127.0.0.1:25432, gongwen_archive_bench, 1M records).
# The database is created if missing and migrated with the service's Flyway scripts; records are loaded once (COPY).
# Results: docs/benchmarks.md "Archive search and log at 1M records".
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || set -- jdbc:postgresql://127.0.0.1:25432/gongwen_archive_bench postgres postgres
./mvnw -B -o -q -pl archive-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "archive-service/target/test-classes:archive-service/target/classes:$(cat archive-service/target/bench.classpath)" \
    org.gongwen.archive.search.persistence.ArchiveBenchmark "$@"
