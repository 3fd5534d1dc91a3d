# shellcheck shell=bash
# Redis for the gateway's rate limits: Debian's redis-server on its own port, no persistence (the buckets are
# worth nothing after a restart). GONGWEN_REDIS_HOST set by the caller: that server is used as it is.
# Without redis-server the suite still runs; the gateway then lets every request through unchecked (fail open).
[[ -n ${GONGWEN_REDIS_HOST:-} ]] && EXTERNAL_REDIS=1 || EXTERNAL_REDIS=0
export GONGWEN_REDIS_HOST=${GONGWEN_REDIS_HOST:-127.0.0.1}
export GONGWEN_REDIS_PORT=${GONGWEN_REDIS_PORT:-16379}

start_redis() {
  if ((EXTERNAL_REDIS)); then say "Redis: external, $GONGWEN_REDIS_HOST:$GONGWEN_REDIS_PORT"; return 0; fi
  if is_running redis; then say "Redis: already running"; return 0; fi
  if ! command -v redis-server >/dev/null; then
    say "Redis: redis-server not installed (apt-get install redis-server): the gateway runs without rate limits"
    return 0
  fi
  port_open 127.0.0.1 "$GONGWEN_REDIS_PORT" && fail "port $GONGWEN_REDIS_PORT is taken by a process that is not this suite's Redis"
  mkdir -p "$STATE/redis"
  say "Redis: starting on 127.0.0.1:$GONGWEN_REDIS_PORT"
  # the process title names it as processes.sh expects (redis-server rewrites its command line)
  start_process redis redis-server --bind 127.0.0.1 --port "$GONGWEN_REDIS_PORT" --save "" --appendonly no \
    --dir "$STATE/redis" --proc-title-template "{title} {listen-addr} gongwen.process=redis"
  wait_until redis 20 port_open 127.0.0.1 "$GONGWEN_REDIS_PORT"
}

stop_redis() { stop_processes 10 redis; }
