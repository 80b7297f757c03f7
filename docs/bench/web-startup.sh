#!/usr/bin/env bash
# Measures how long `./unionhall demo` takes, on an already built tree, until /health/ready
# answers UP. Runs RUNS fresh starts (first one seeds demo data into a new ./data folder, later
# ones restart on existing data) and prints every time and the median.
# Usage: docs/bench/web-startup.sh [RUNS]   (default 5; port from UNIONHALL_PORT, default 8180)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-5}"
PORT="${UNIONHALL_PORT:-8180}"
DATA="$(mktemp -d /tmp/unionhall-startup.XXXXXX)"
trap 'rm -rf "$DATA"' EXIT
[ -f web/target/unionhall-microbundle.jar ] || ./mvnw -B -q -DskipTests install

times=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  UNIONHALL_PORT="$PORT" UNIONHALL_DATA_DIR="$DATA" ./unionhall demo >"$DATA/run-$i.log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 1200); do
    if curl -fsS "http://127.0.0.1:$PORT/health/ready" 2>/dev/null | grep -q '"UP"'; then
      ready=$(date +%s.%N); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$ready" ] || { tail -30 "$DATA/run-$i.log" >&2; echo "run $i: never ready" >&2; exit 1; }
  t=$(echo "$ready - $start" | bc -l)
  times+=("$t")
  printf 'run %d: ready after %.1f s%s\n' "$i" "$t" "$([ "$i" -eq 1 ] && echo ' (first start: migrations and demo seeding)')"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median of %d starts: %.1f s\n", NR, m}'
