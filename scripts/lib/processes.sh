# Background processes of the local suite: started with nohup, one pid file and one log per process.
# Sourced by ./gongwen; expects STATE (the .gongwen directory) to be set.
#
# Every process gets -Dgongwen.process=<name> (or the name in its command line) so that a pid file left
# behind by a crash is never trusted once the kernel has reused the number for something else.

PIDS="$STATE/pids"
LOGS="$STATE/logs"

say()  { printf '%s\n' "$*"; }
fail() { printf 'gongwen: %s\n' "$*" >&2; exit 1; }

pid_of() {
  local pidfile="$PIDS/$1.pid" pid
  [[ -f $pidfile ]] || return 1
  pid=$(<"$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "gongwen.process=$1" || return 1
  echo "$pid"
}

is_running() { pid_of "$1" >/dev/null; }

# the pid file's process exists, whatever its command line says (see wait_until)
process_alive() { [[ -f $PIDS/$1.pid ]] && kill -0 "$(<"$PIDS/$1.pid")" 2>/dev/null; }

# start_process NAME COMMAND... : runs COMMAND in the background, output to logs/NAME.log (the previous log
# is kept as NAME.log.1 for the post-mortem of a failed start).
start_process() {
  local name=$1; shift
  mkdir -p "$PIDS" "$LOGS"
  [[ -f $LOGS/$name.log ]] && mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"
  nohup "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

# stop_processes SECONDS NAME... : SIGTERM to all at once (each server shuts down cleanly on it), then waits;
# whatever is still alive after SECONDS gets SIGKILL.
stop_processes() {
  local grace=$1 name pid deadline=$((SECONDS + $1)); shift
  local -A stopping=()
  for name in "$@"; do
    if pid=$(pid_of "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      stopping[$name]=$pid
    fi
    rm -f "$PIDS/$name.pid"
  done
  for name in "${!stopping[@]}"; do
    pid=${stopping[$name]}
    while kill -0 "$pid" 2>/dev/null; do
      if ((SECONDS >= deadline)); then
        say "  $name did not stop within ${grace}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.2
    done
    say "  stopped $name"
  done
}

died_during_start() {
  local name=$1
  printf '\ngongwen: %s exited during start. Last lines of %s:\n' "$name" "$LOGS/$name.log" >&2
  tail -n 40 "$LOGS/$name.log" >&2 || true
  printf '\n(what did start keeps running; ./gongwen down stops it)\n' >&2
  exit 1
}

# wait_until NAME SECONDS CHECK... : polls CHECK until it succeeds; fails at once if NAME's process has died,
# or after SECONDS. Prints a dot per second so a slow start is visibly alive.
wait_until() {
  local name=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout)) last=$SECONDS unseen_since=''
  until "$@"; do
    # between fork and exec the new pid still shows the shell's command line, not gongwen.process=<name>: on a
    # busy machine that window is long enough to be seen, so only a pid that is gone (or stays foreign) is a death
    if is_running "$name"; then
      unseen_since=''
    elif ! process_alive "$name" || ((SECONDS - ${unseen_since:=$SECONDS} > 10)); then
      died_during_start "$name"
    fi
    ((SECONDS < deadline)) || fail "$name not ready after ${timeout}s (see $LOGS/$name.log)"
    if ((SECONDS > last)); then printf '.'; last=$SECONDS; fi
    sleep 0.3
  done
}

port_open() { (echo >"/dev/tcp/$1/$2") 2>/dev/null; }

healthy() { curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }
