#!/usr/bin/env bash
# Transactions and rows written per lifecycle in each service database (round 8, docs/benchmarks.md): the deltas of
# pg_stat_database over one driver run, divided by the lifecycles of the run. Needs `./gongwen up` and psql.
#   GONGWEN_RATE_LIMIT_ENABLED=false GONGWEN_JIT=full ./gongwen up
#   WARM=300 N=600 C=50 docs/benchmarks/2026-12-07-round8/transactions-per-lifecycle.sh
# The counters are the lifecycles' work done in the window, so a run must be long enough that what was in flight at
# its start and end is small against N. PostgreSQL flushes a backend's counters when it goes idle: hence the pauses.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
export PGPASSWORD=${GONGWEN_PG_PASSWORD:-gongwen}
tmp=$(mktemp -d)
counters() {
  psql -h 127.0.0.1 -p "${GONGWEN_PG_PORT:-15432}" -U "${GONGWEN_PG_USER:-gongwen}" -d postgres -Atc \
    "SELECT datname, xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database
     WHERE datname LIKE 'gongwen%' ORDER BY 1"
}
drive() {
  java -cp "load-driver/target/classes:load-driver/target/lib/*" org.gongwen.loaddriver.LoadDriver \
    --concurrency "${C:-50}" --documents "$1" --warmup 0 --out "$tmp/driver.json" | grep -E '^completed'
}
drive "${WARM:-300}" >/dev/null
sleep 12; counters >"$tmp/before"
drive "${N:-600}"
sleep 12; counters >"$tmp/after"
python3 - "${N:-600}" "$tmp/before" "$tmp/after" <<'PY'
import sys
n = int(sys.argv[1])
def load(path):
    return {l.split('|')[0]: [int(x) for x in l.split('|')[1:]] for l in open(path) if l.strip()}
before, after = load(sys.argv[2]), load(sys.argv[3])
print(f"{'per lifecycle':20s} {'commits':>8s} {'rollbacks':>9s} {'inserted':>8s} {'updated':>8s} {'deleted':>8s}")
total = [0.0] * 5
for db, values in after.items():
    delta = [(a - b) / n for a, b in zip(values, before.get(db, [0] * 5))]
    total = [t + d for t, d in zip(total, delta)]
    print(f"{db:20s} " + ' '.join(f'{d:8.2f}' for d in delta))
print(f"{'all':20s} " + ' '.join(f'{d:8.2f}' for d in total))
PY
rm -rf "$tmp"
