#!/usr/bin/env bash
# The benchmark of docs/benchmarks.md in one command: for each instance count, a fresh `./gongwen up --instances N`
# (timed: the warm start), a moment of idle, then the load driver (load-driver/) through the gateway; at the end
# one comparison table of the runs and `./gongwen down`. Each run's full report is a JSON file in the output
# directory, with the machine's load average before and after, so runs on different days can be compared.
#
#   scripts/bench.sh                                   # 1 then 2 instances, 200 documents, 50 drafters
#   scripts/bench.sh --instances "1 2 3" --documents 400 --concurrency 50 --out-dir target/bench
#   scripts/bench.sh --keep-up                         # leave the last suite running afterwards
#   scripts/bench.sh --compare-flowable [--reps 3 ...]  # ours vs Flowable REST and embedded, interleaved, one
#                                                      # PostgreSQL (scripts/bench-compare.sh; options go there)
#
# Every option after `--` goes to the driver as it is (for example -- --poll-ms 10 --warmup 50).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNTS="1 2" DOCUMENTS=200 CONCURRENCY=50 OUT="$ROOT/target/bench/$(date -u +%Y%m%dT%H%M%SZ)" KEEP_UP=0 IDLE=15
DRIVER_ARGS=()
[[ ${1:-} == --compare-flowable ]] && { shift; exec "$(dirname "${BASH_SOURCE[0]}")/bench-compare.sh" "$@"; }
while (($#)); do
  case $1 in
    --instances) COUNTS=$2; shift ;;
    --documents) DOCUMENTS=$2; shift ;;
    --concurrency) CONCURRENCY=$2; shift ;;
    --out-dir) OUT=$2; shift ;;
    --idle-seconds) IDLE=$2; shift ;;
    --keep-up) KEEP_UP=1 ;;
    --) shift; DRIVER_ARGS=("$@"); break ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done
# The driver plays 50 drafters with the 9 demo accounts: the gateway's per-user rate limit (20/s) would measure
# the limiter, not the suite. Set GONGWEN_RATE_LIMIT_ENABLED=true to include it anyway.
export GONGWEN_RATE_LIMIT_ENABLED=${GONGWEN_RATE_LIMIT_ENABLED:-false}
export GONGWEN_START_TIMEOUT=${GONGWEN_START_TIMEOUT:-900}
command -v jq >/dev/null || { echo "bench: jq is needed (apt-get install jq)" >&2; exit 1; }
cd "$ROOT"
# a failed step (a jar being rebuilt under us, a service that does not come up) must not leave the suite running
trap 'echo "bench: a step failed; stopping the suite" >&2; ./gongwen down >/dev/null 2>&1' ERR

echo "bench: building the load driver (the suite's jars are used as they are: ./gongwen up --build to refresh them)"
./mvnw -B -q -DskipTests package -pl load-driver -am
./gongwen down >/dev/null
mkdir -p "$OUT"
machine=$(jq -n --arg cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')" \
  --argjson cores "$(nproc)" --argjson memMb "$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)" \
  --arg kernel "$(uname -r)" --arg java "$(java -version 2>&1 | head -n 1)" \
  '{cpu: $cpu, cores: $cores, memoryMb: $memMb, kernel: $kernel, java: $java}')

for n in $COUNTS; do
  echo "=== $n instance(s) of each service ==="
  started=$(date +%s.%N)
  ./gongwen up --no-build --instances "$n" | sed -n '/^gongwen is up/p'
  up_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  sleep "$IDLE" # let start-up work (JIT, first scheduled jobs) settle before the idle figures
  report="$OUT/instances-$n.json"
  status=0
  java -cp "load-driver/target/classes:load-driver/target/lib/*" org.gongwen.loaddriver.LoadDriver \
    --documents "$DOCUMENTS" --concurrency "$CONCURRENCY" --label "$n instance(s)" --out "$report" \
    "${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"}" || status=$?
  jq --argjson n "$n" --argjson up "$up_seconds" --argjson machine "$machine" \
    --arg git "$(git rev-parse --short HEAD 2>/dev/null || echo ?)" \
    '. + {instances: $n, warmUpSeconds: $up, machine: $machine, gitCommit: $git}' "$report" >"$report.tmp" &&
    mv "$report.tmp" "$report"
  ((status == 0)) || echo "bench: the driver reported failed lifecycles in the $n-instance run (exit $status)"
  ./gongwen down >/dev/null
done

echo
echo "=== comparison (JSON in $OUT) ==="
jq -rs '
  ["instances", "up s", "lifecycles/s", "API p50", "API p95", "API p99", "API max", "签发→archive p50", "p99",
   "failed", "errors", "idle RSS MB", "idle PSS MB", "load before"],
  (.[] | [.instances, (.warmUpSeconds | floor), .lifecyclesPerSecond, .allCalls.p50Ms, .allCalls.p95Ms,
          .allCalls.p99Ms, .allCalls.maxMs, .issuedToArchiveVisible.p50Ms, .issuedToArchiveVisible.p99Ms,
          .failedLifecycles, ([.errorsByStatus[]] | add // 0), .idleRssMbTotal, .idlePssMbTotal,
          (.loadAverageBefore[0] // "?")])
  | @tsv' "$OUT"/instances-*.json | column -t -s $'\t'
((KEEP_UP)) && ./gongwen up --no-build --instances "${COUNTS##* }" >/dev/null
exit 0
