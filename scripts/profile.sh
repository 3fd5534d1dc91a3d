#!/usr/bin/env bash
# CPU profiles of the running local suite under the load driver: async-profiler (Maven Central
# tools.profiler:async-profiler) is attached to every JVM of `./gongwen up` (gateway, services, Kafka) through
# `jcmd JVMTI.agent_load` while the driver runs, then each profile is written as collapsed stacks and as a flame
# graph SVG (scripts/flamegraph.py). PostgreSQL is not a JVM, and its build here has no pg_stat_statements: count its
# transactions with docs/benchmarks/2026-12-07-round8/transactions-per-lifecycle.sh, its statements with log_statement.
#
#   GONGWEN_RATE_LIMIT_ENABLED=false ./gongwen up && scripts/profile.sh     # 200 documents, 50 drafters → target/profile/<stamp>
#   scripts/profile.sh --out-dir docs/benchmarks/flame/after --warmup 50 -- --documents 300 --concurrency 4
#
# --warmup N documents run before the profilers start; everything after `--` goes to the load driver.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/profile/$(date -u +%Y%m%dT%H%M%SZ)" VERSION=4.1 INTERVAL=1ms WARMUP=30
DRIVER_ARGS=()
while (($#)); do
  case $1 in
    --out-dir) OUT=$2; shift ;;
    --interval) INTERVAL=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --) shift; DRIVER_ARGS=("$@"); break ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done
cd "$ROOT"
STATE="$ROOT/.gongwen"
# shellcheck source=scripts/lib/processes.sh
source "$ROOT/scripts/lib/processes.sh"

jar="$HOME/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar"
[[ -f $jar ]] || ./mvnw -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$VERSION"
lib="$ROOT/target/async-profiler-$VERSION/libasyncProfiler.so"
if [[ ! -f $lib ]]; then
  mkdir -p "$(dirname "$lib")"
  unzip -p "$jar" linux-x64/libasyncProfiler.so >"$lib"
fi
./mvnw -B -q -DskipTests package -pl load-driver -am

mkdir -p "$OUT"
names=()
for pidfile in "$PIDS"/*.pid; do
  name=$(basename "$pidfile" .pid)
  pid=$(pid_of "$name") || continue
  [[ $name == postgres || $name == redis ]] && continue # LocalPostgres only watches the postmaster
  names+=("$name")
done
((${#names[@]})) || fail "nothing of the suite is running: ./gongwen up first"
# 50 drafters share the 9 demo accounts: with the gateway's per-user limit on, the driver measures 429s and the
# gateway's Redis round trips, not the suite (bench.sh turns it off when it starts the suite; here it is already up)
gateway_pid=$(pid_of gateway) || fail "the gateway is not running: ./gongwen up first"
tr '\0' '\n' <"/proc/$gateway_pid/environ" | grep -qx 'GONGWEN_RATE_LIMIT_ENABLED=false' ||
  fail "the gateway's per-user rate limit is on: ./gongwen down, then GONGWEN_RATE_LIMIT_ENABLED=false ./gongwen up"

profile_all() { # profile_all COMMAND: the same async-profiler command to every JVM of the suite
  local name
  for name in "${names[@]}"; do
    # quoted once more: jcmd would read the "=" in the options as its own name=value arguments
    jcmd "$(pid_of "$name")" JVMTI.agent_load "$lib" "\"$1$([[ $1 == stop* ]] && echo ",file=$OUT/$name.collapsed")\"" \
      >/dev/null
  done
}

driver=(java -cp "load-driver/target/classes:load-driver/target/lib/*" org.gongwen.loaddriver.LoadDriver
  --out "$OUT/driver.json" --label profile "${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"}")
# the warm-up runs alone first, so that the profiles hold the measured run only
"${driver[@]}" --documents 1 --warmup "$WARMUP" >/dev/null
profile_all "start,event=cpu,interval=$INTERVAL"
"${driver[@]}" --warmup 0 | tee "$OUT/driver.txt"
profile_all "stop,collapsed"
for name in "${names[@]}"; do
  python3 "$ROOT/scripts/flamegraph.py" --title "$name — CPU, $(jq -r .completedLifecycles "$OUT/driver.json") lifecycles" \
    <"$OUT/$name.collapsed" >"$OUT/$name.svg"
done
echo "profiles: $OUT (*.svg flame graphs, *.collapsed stacks)"
