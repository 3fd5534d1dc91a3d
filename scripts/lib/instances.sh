# Several instances of each backend service behind the one gateway (./gongwen up --instances N).
# Sourced by ./gongwen after processes.sh; expects PORT (service → port of its first instance) and STATE.
#
# Instance k of a service is named <service>-k (the first keeps the plain name, so a one-instance suite is
# unchanged) and listens on the first instance's port + 10·(k-1): drafting-service-2 on 8091, review-service-2
# on 8092, archive-service-2 on 8093, registry-service-2 on 8094. The instances of a service share its database and its Kafka consumer
# group, so the broker splits the topics' partitions between them; the gateway balances requests across the
# addresses it is given in GONGWEN_DRAFTING_URL / GONGWEN_REVIEW_URL / GONGWEN_ARCHIVE_URL / GONGWEN_REGISTRY_URL
# (comma-separated).

MAX_INSTANCES=4
INSTANCES_FILE="$STATE/instances"

instance_name() { if (($2 == 1)); then echo "$1"; else echo "$1-$2"; fi; }
instance_port() { echo $((PORT[$1] + 10 * ($2 - 1))); }

# instances_of SERVICE : the names of the instances this suite runs (the gateway is always one)
instances_of() {
  local service=$1 count=$INSTANCES k
  [[ $service == gateway ]] && count=1
  for ((k = 1; k <= count; k++)); do instance_name "$service" "$k"; done
}

# service_of NAME : drafting-service-2 → drafting-service
service_of() { if [[ $1 =~ ^(.*)-([0-9]+)$ && -n ${PORT[${BASH_REMATCH[1]}]:-} ]]; then echo "${BASH_REMATCH[1]}"; else echo "$1"; fi; }
# port_of NAME : drafting-service-2 → 8091
port_of() {
  local service
  service=$(service_of "$1")
  if [[ $1 =~ -([0-9]+)$ && $service != "$1" ]]; then instance_port "$service" "${BASH_REMATCH[1]}"; else echo "${PORT[$1]}"; fi
}

# backend_urls SERVICE : http://127.0.0.1:8081,http://127.0.0.1:8091 for two instances
backend_urls() {
  local service=$1 k urls=()
  for ((k = 1; k <= INSTANCES; k++)); do urls+=("http://127.0.0.1:$(instance_port "$service" "$k")"); done
  (IFS=,; echo "${urls[*]}")
}

# every instance name that may have a pid file, for down and status whatever count the suite was started with
all_instance_names() {
  local service k
  for service in gateway drafting-service review-service archive-service registry-service; do
    echo "$service"
    [[ $service == gateway ]] && continue
    for ((k = 2; k <= MAX_INSTANCES; k++)); do echo "$service-$k"; done
  done
}

# The count the running suite was started with (1 when nothing says otherwise).
recorded_instances() { [[ -f $INSTANCES_FILE ]] && cat "$INSTANCES_FILE" || echo 1; }

# choose_instances N : validates N, exports the gateway's backend lists (unless the caller set them)
choose_instances() {
  INSTANCES=$1
  [[ $INSTANCES =~ ^[1-9]$ ]] && ((INSTANCES <= MAX_INSTANCES)) ||
    fail "--instances takes a number from 1 to $MAX_INSTANCES, not '$INSTANCES'"
  [[ -n ${USER_DRAFTING_URL:-} ]] || export GONGWEN_DRAFTING_URL=$(backend_urls drafting-service)
  [[ -n ${USER_REVIEW_URL:-} ]] || export GONGWEN_REVIEW_URL=$(backend_urls review-service)
  [[ -n ${USER_ARCHIVE_URL:-} ]] || export GONGWEN_ARCHIVE_URL=$(backend_urls archive-service)
  [[ -n ${USER_REGISTRY_URL:-} ]] || export GONGWEN_REGISTRY_URL=$(backend_urls registry-service)
}
