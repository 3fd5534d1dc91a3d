#!/usr/bin/env bash
# Side by side on one box and one PostgreSQL: our suite through the gateway against the Flowable anchor
# (../shared/bench/flowable-anchor: Flowable 7.2 REST application and embedded engine, the same 请示-like
# approval), interleaved — for each repetition and each client count: ours, then Flowable REST, then Flowable
# embedded — so that drift in the machine's speed spreads over all three. Ends with one table of medians.
#
#   scripts/bench.sh --compare-flowable                     # 3 repetitions at 4 and 50 clients
#   scripts/bench-compare.sh --reps 1 --clients "4" --documents 200 --flowable-n 500
#   scripts/bench-compare.sh --summary-only --out-dir target/bench/compare-…   # the tables again from a run's files
#
# Both run on one PostgreSQL: the suite's own (./gongwen up), where the anchor gets its login and database. The
# services run with the whole JIT (GONGWEN_JIT=full), as in their images. Each Flowable run gets a fresh schema and
# a fresh JVM with the anchor's own warm-up, as in its run.sh; ours stays up between runs (its warm-up runs once).
# CPU per lifecycle: ours per process from the load driver (gateway, services, Kafka, Redis, PostgreSQL), Flowable's
# from the anchor's CpuMeter (server or engine JVM, driver and PostgreSQL backends).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ANCHOR=${FLOWABLE_ANCHOR:-$ROOT/../shared/bench/flowable-anchor}
SUMMARY_ONLY=0 REPS=3 CLIENTS="4 50" DOCUMENTS=300 WARMUP=1500 FLOWABLE_N=1000 FLOWABLE_WARMUP=500
OUT="$ROOT/target/bench/compare-$(date -u +%Y%m%dT%H%M%SZ)"
while (($#)); do
  case $1 in
    --reps) REPS=$2; shift ;;
    --clients) CLIENTS=$2; shift ;;
    --documents) DOCUMENTS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --flowable-n) FLOWABLE_N=$2; shift ;;
    --flowable-warmup) FLOWABLE_WARMUP=$2; shift ;;
    --out-dir) OUT=$2; shift ;;
    --summary-only) SUMMARY_ONLY=1 ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done
[[ -d $ANCHOR ]] || { echo "bench-compare: no Flowable anchor at $ANCHOR (set FLOWABLE_ANCHOR)" >&2; exit 1; }
ANCHOR=$(cd "$ANCHOR" && pwd)
command -v jq >/dev/null || { echo "bench-compare: jq is needed (apt-get install jq)" >&2; exit 1; }
mkdir -p "$OUT"
FLOWABLE_CSV="$OUT/flowable.csv"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if ((SUMMARY_ONLY == 0)); then
# --- builds: the anchor (its own Maven project) and our driver and suite ---
if [[ ! -f $ANCHOR/rest-server/target/rest-server.jar || ! -d $ANCHOR/engine-bench/target/lib ]]; then
  log "building the Flowable anchor"
  (cd "$ANCHOR" && mvn -B -q -DskipTests package)
fi
(cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl load-driver -am)

# --- our suite, and on its PostgreSQL the anchor's login and database ---
# The one PostgreSQL is the suite's own (18, from Maven Central): our migrations need 16 or later (pg_has_role …
# 'SET'), Debian's is 15, and Flowable 7.2 runs on either.
# the services with the JVM's whole JIT, as in their images and as Flowable runs (./gongwen's default stops at C1)
export GONGWEN_RATE_LIMIT_ENABLED=${GONGWEN_RATE_LIMIT_ENABLED:-false} GONGWEN_JIT=${GONGWEN_JIT:-full}
cd "$ROOT"
./gongwen down >/dev/null
./gongwen up | sed -n '/^gongwen is up/p'
trap './gongwen down >/dev/null 2>&1' EXIT
PG_PORT=${GONGWEN_PG_PORT:-15432}
POSTMASTER_PID_FILE=$ROOT/.gongwen/pg/postmaster.pid
command -v psql >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null; }
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<'SQL'
DO $$BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'flowable') THEN
    CREATE ROLE flowable LOGIN PASSWORD 'flowable';
  END IF;
END$$;
SELECT 'CREATE DATABASE flowable_bench OWNER flowable'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'flowable_bench')\gexec
SQL
driver=(java -cp "load-driver/target/classes:load-driver/target/lib/*" org.gongwen.loaddriver.LoadDriver
  --postmaster "$POSTMASTER_PID_FILE")
# 1 500 lifecycles, not Flowable's 500: five JVMs each JIT-compile their own paths, and after 300 the compiler threads
# still took a fifth of the suite's CPU (docs/benchmarks.md, sixth round); the reports show the JIT's share apart
log "our warm-up: $WARMUP documents"
"${driver[@]}" --documents 1 --warmup "$WARMUP" --concurrency 50 >/dev/null

flowable_pg() { PGPASSWORD=flowable psql -h 127.0.0.1 -p "$PG_PORT" -U flowable -d flowable_bench -q "$@"; }
fresh_flowable_schema() {
  flowable_pg -c 'SET client_min_messages = warning; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' >/dev/null
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -q -c CHECKPOINT >/dev/null
}
flowable_rest() { # clients rep
  local port=18080 server code i
  fresh_flowable_schema
  BENCH_PORT=$port BENCH_JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/flowable_bench" BENCH_DB_USER=flowable \
    BENCH_DB_PASSWORD=flowable java -Xmx2g -jar "$ANCHOR/rest-server/target/rest-server.jar" \
    >"$OUT/flowable-rest-c$1-r$2.log" 2>&1 &
  server=$!
  for i in $(seq 1 240); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u clerk:bench \
      "http://127.0.0.1:$port/process-api/repository/process-definitions?key=docApproval" || true)
    [[ $code == 200 ]] && break
    kill -0 "$server" 2>/dev/null || { echo "Flowable REST server died: $OUT/flowable-rest-c$1-r$2.log" >&2; exit 1; }
    sleep 0.5
  done
  java -Xmx1g -cp "$ANCHOR/http-driver/target/classes:$ANCHOR/http-driver/target/lib/*" anchor.http.HttpDriver \
    --base "http://127.0.0.1:$port/process-api" --threads "$1" --n "$FLOWABLE_N" --warmup "$FLOWABLE_WARMUP" \
    --rep "$2" --flowable 7.2.0 --server-pid "$server" --dbname flowable_bench --out "$FLOWABLE_CSV" | tail -n 3
  kill "$server"; wait "$server" 2>/dev/null || true
}
flowable_embedded() { # clients rep
  fresh_flowable_schema
  java -Xmx2g -cp "$ANCHOR/engine-bench/target/classes:$ANCHOR/engine-bench/target/lib/*" anchor.engine.EmbeddedBench \
    --db pg --threads "$1" --n "$FLOWABLE_N" --warmup "$FLOWABLE_WARMUP" --rep "$2" --out "$FLOWABLE_CSV" \
    --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/flowable_bench" --user flowable --password flowable | tail -n 3
}

for rep in $(seq 1 "$REPS"); do
  for c in $CLIENTS; do
    log "rep $rep, $c clients: ours"
    "${driver[@]}" --documents "$DOCUMENTS" --concurrency "$c" --warmup 0 --label "ours c=$c rep=$rep" \
      --out "$OUT/ours-c$c-r$rep.json" | grep -E "completed lifecycles|suite, no driver"
    log "rep $rep, $c clients: Flowable REST"
    flowable_rest "$c" "$rep"
    log "rep $rep, $c clients: Flowable embedded"
    flowable_embedded "$c" "$rep"
  done
done

fi

# --- one table: medians over the repetitions ---
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
{
  echo "| clients | system | lifecycles/s (median of $REPS) | CPU ms per lifecycle (with its driver) | of it JIT compiling | lifecycles/s of each run |"
  echo "|---:|---|---:|---:|---:|---|"
  for c in $CLIENTS; do
    ours=$(jq -r '.lifecyclesPerSecond' "$OUT"/ours-c"$c"-r*.json | median)
    ours_cpu=$(jq -r '.cpuMsPerLifecycleTotal' "$OUT"/ours-c"$c"-r*.json | median)
    ours_with=$(jq -r '(.cpuMsPerLifecycleTotal + .cpuMsPerLifecycleDriver) * 10 | round / 10' "$OUT"/ours-c"$c"-r*.json | median)
    ours_jit=$(jq -r '.jitMsPerLifecycleTotal // "-"' "$OUT"/ours-c"$c"-r*.json | median)
    echo "| $c | gongwen (whole suite, through the gateway) | $ours | $ours_cpu ($ours_with) | $ours_jit | $(jq -r '.lifecyclesPerSecond' "$OUT"/ours-c"$c"-r*.json | paste -sd' ') |"
    for bench in B-rest-http A-embedded; do
      rows=$(awk -F, -v b="$bench" -v c="$c" 'NR > 1 && index($1, b) == 1 && $4 == c' "$FLOWABLE_CSV")
      rate=$(cut -d, -f9 <<<"$rows" | median)
      # busy cores of the benchmark's processes × 1000 / lifecycles per second = CPU ms per lifecycle
      cpu=$(awk -F, '{printf "%.1f\n", $34 * 1000 / $9}' <<<"$rows" | median)
      echo "| $c | Flowable 7.2 ${bench#*-} | $rate | ($cpu) | not measured | $(cut -d, -f9 <<<"$rows" | paste -sd' ') |"
    done
  done
  echo
  echo "gongwen, CPU ms per lifecycle per process (median of $REPS):"
  echo
  echo "| clients | $(jq -r '[.processes[].name] | join(" | ")' "$(ls "$OUT"/ours-*.json | head -1)") |"
  echo "|---:|$(jq -r '[.processes[] | "---:"] | join("|")' "$(ls "$OUT"/ours-*.json | head -1)")|"
  for c in $CLIENTS; do
    row="| $c |"
    for name in $(jq -r '.processes[].name' "$(ls "$OUT"/ours-*.json | head -1)"); do
      row+=" $(jq -r --arg n "$name" '.processes[] | select(.name == $n) | .cpuMsPerLifecycle' "$OUT"/ours-c"$c"-r*.json | median) |"
    done
    echo "$row"
  done
} | tee "$OUT/summary.md"
echo "per-run reports: $OUT"
