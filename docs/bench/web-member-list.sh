#!/usr/bin/env bash
# Load test of the chapter member list: a chapter with 10,000 members, 50 concurrent clients
# (wrk, 2 threads) asking for random pages of 50 through GET /api/v1/chapters/{slug}/members,
# as a signed-in steward (session cookie from POST /api/v1/session). Prints wrk's latency distribution
# and the server's CPU time per request (user + system time of the Payara Micro process over the
# measured run, divided by the requests wrk completed): on a shared, noisy machine the CPU cost is
# steadier than the latency. Then the same for three cheap requests (a static file with and without
# the session, an API read with the member list's checks but without its page), which show what
# authentication and the container cost per request.
#
# Usage: docs/bench/web-member-list.sh h2|postgresql [DURATION]   (default 30s)
# Environment: WARMUP (default 10s; longer on a busy machine), FLOOR_DURATION (default 10s),
# UNIONHALL_HTTP_THREADS (request threads, default twice the cores as ./unionhall sets; "default" for
# Payara's own),
# FLOOR_WARMUP (default 5s), UNIONHALL_PORT (default 8181),
# UNIONHALL_BUNDLE (default web/target/unionhall-microbundle.jar).
# PostgreSQL: a throwaway server is started on a free loopback port (needs the PostgreSQL 15
# binaries, as `./unionhall test` installs them). Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
KIND="${1:?usage: web-member-list.sh h2|postgresql [DURATION]}"
DURATION="${2:-30s}"
PORT="${UNIONHALL_PORT:-8181}"
CHAPTER=moderators-europe
STEWARD=jonas@unionhall.example
PASSWORD=union-demo-2026
MEMBERS=10000
WORK="$(mktemp -d /tmp/unionhall-bench.XXXXXX)"
chmod 755 "$WORK"
SERVER_PID=""
PG_BIN=""

cleanup() {
  [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; }
  [ -n "$PG_BIN" ] && su -s /bin/sh postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
BUNDLE="${UNIONHALL_BUNDLE:-web/target/unionhall-microbundle.jar}"
[ -f "$BUNDLE" ] || ./mvnw -B -q -DskipTests install

# Runs the built bundle as `./unionhall demo` does, but never rebuilds it: in a tree where someone
# is editing, the launcher would rebuild everything first. UNIONHALL_BUNDLE picks another build.
# UNIONHALL_HTTP_THREADS sets the request threads as the launcher does (default twice the cores;
# "default" keeps Payara's own pool of up to 200).
start_server() {
  rm -rf "$WORK/data/payara"; mkdir -p "$WORK/data/payara"
  local threads="${UNIONHALL_HTTP_THREADS:-$((2 * $(nproc)))}" boot=()
  if [ "$threads" != default ]; then
    echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$threads" \
      >"$WORK/pre-boot.asadmin"
    boot=(--prebootcommandfile "$WORK/pre-boot.asadmin")
  fi
  UNIONHALL_DEMO=true java ${UNIONHALL_JAVA_OPTS:-} -jar "$BUNDLE" --port "$PORT" --rootDir "$WORK/data/payara" \
    --nocluster --contextroot / "${boot[@]}" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1800); do
    curl -fsS "http://127.0.0.1:$PORT/health/ready" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  tail -40 "$WORK/server.log" >&2; echo "server did not become ready" >&2; exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

seed_sql() {
  python3 - "$MEMBERS" "$CHAPTER" <<'PY'
import sys, uuid
n, chapter = int(sys.argv[1]), sys.argv[2]
first = ["Ada", "Bo", "Cem", "Dara", "Eli", "Fen", "Gus", "Hal", "Ivo", "Jun", "Kai", "Lou", "Mo", "Nia", "Oz", "Pia"]
batch = []
def flush():
    if batch:
        print("INSERT INTO union_member (id, display_name, sort_name, email, preferred_language, created_at, version) VALUES")
        print(",\n".join(batch) + ";")
        batch.clear()
for i in range(n):
    name = f"{first[i % len(first)]} Bench{i:05d}"
    batch.append(f"('{uuid.uuid4()}', '{name}', '{name.lower()}', 'bench{i:05d}@bench.example', 'en', CURRENT_TIMESTAMP, 1)")
    if len(batch) == 500:
        flush()
flush()
print(f"""INSERT INTO membership (id, member_id, chapter_id, union_id, status, joined_on, version, sort_name)
SELECT m.id, m.id, c.id, c.union_id, 'ACTIVE', CURRENT_DATE, 1, m.sort_name
FROM union_member m, chapter c WHERE m.email LIKE 'bench%@bench.example' AND c.slug = '{chapter}';""")
PY
}

case "$KIND" in
  h2)
    export UNIONHALL_DB_URL="jdbc:h2:file:$WORK/data/db/unionhall"
    H2_JAR="$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar"
    [ -f "$H2_JAR" ] || ./mvnw -B -q dependency:get -Dartifact=com.h2database:h2:2.2.224
    start_server; stop_server
    seed_sql >"$WORK/seed.sql"
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "$UNIONHALL_DB_URL" -user unionhall -password unionhall \
      -script "$WORK/seed.sql"
    ;;
  postgresql)
    for d in /usr/local/bin /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && { PG_BIN="$d"; break; }; done
    [ -n "$PG_BIN" ] || { echo "PostgreSQL binaries missing (./unionhall test installs them)" >&2; exit 2; }
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    chown postgres "$WORK"
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    su -s /bin/sh postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust -E UTF8" >/dev/null
    su -s /bin/sh postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -o '-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1' -w start" >/dev/null
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE unionhall" >/dev/null
    export UNIONHALL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/unionhall" UNIONHALL_DB_USER=postgres UNIONHALL_DB_PASSWORD=
    start_server; stop_server
    seed_sql | psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -d unionhall >/dev/null
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -d unionhall -c "ANALYZE" >/dev/null
    ;;
  *) echo "usage: web-member-list.sh h2|postgresql [DURATION]" >&2; exit 2 ;;
esac

start_server
# Sign in once through the API's session endpoint (the password is checked once, as a browser
# session does) and keep the session cookie.
JAR="$WORK/cookies"
curl -fsS -o /dev/null -c "$JAR" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$STEWARD\", \"password\": \"$PASSWORD\"}" "http://127.0.0.1:$PORT/api/v1/session"
COOKIE=$(awk '$6 == "UNIONHALL_SESSION" {print "UNIONHALL_SESSION=" $7}' "$JAR" | tail -1)
[ -n "$COOKIE" ] || { echo "sign-in failed: no session cookie" >&2; exit 1; }
total=$(curl -fsS -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/api/v1/chapters/$CHAPTER/members?page=0&size=50" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "chapter $CHAPTER holds $total members ($KIND)"
[ "$total" -ge "$MEMBERS" ] || { echo "seeding failed" >&2; exit 1; }

cat >"$WORK/pages.lua" <<LUA
math.randomseed(42)
wrk.headers["Cookie"] = "$COOKIE"
request = function()
  return wrk.format("GET", "/api/v1/chapters/$CHAPTER/members?size=50&page=" .. math.random(0, $((MEMBERS / 50))))
end
LUA
WARMUP="${WARMUP:-10s}"
wrk -t2 -c50 -d"$WARMUP" -s "$WORK/pages.lua" "http://127.0.0.1:$PORT" >/dev/null   # warm-up
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
# CPU time of the threads that serve requests (Payara's http-thread-pool) only: without the JIT
# compiler, which on a busy machine is still compiling long after a short warm-up, and without GC
# and background threads. Threads that ended during the run are missed, so this is a lower bound.
request_ticks() {
  local total=0 t f
  for t in /proc/"$SERVER_PID"/task/*; do
    [ "$(cat "$t/comm" 2>/dev/null)" = "http-thread-poo" ] || continue
    f=$(sed 's/.*) //' "$t/stat" 2>/dev/null) || continue
    set -- $f
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}
# CPU time of this run's PostgreSQL, which the Payara figure leaves out (0 for H2, which runs
# inside Payara): the postmaster with the backends it has reaped, plus the live backends.
database_ticks() {
  [ "$KIND" = postgresql ] || { echo 0; return; }
  local master total p
  master=$(head -1 "$WORK/pg/postmaster.pid")
  total=$(sed 's/.*) //' "/proc/$master/stat" | awk '{print $12 + $13 + $14 + $15}')
  for p in $(pgrep -P "$master"); do
    total=$((total + $(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{t = $12 + $13} END {print t + 0}')))
  done
  echo "$total"
}
# Runs wrk with the given script for the given time and prints its output and the server's CPU
# time per completed request: the whole process, its request threads alone, and the database.
measure() {
  local script="$1" duration="$2" path="$3" before after served_before served_after db_before db_after requests
  before=$(cpu_ticks); served_before=$(request_ticks); db_before=$(database_ticks)
  wrk -t2 -c50 -d"$duration" --latency -s "$script" "http://127.0.0.1:$PORT$path" | tee "$WORK/wrk.out"
  after=$(cpu_ticks); served_after=$(request_ticks); db_after=$(database_ticks)
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
  awk -v t=$((after - before)) -v r=$((served_after - served_before)) -v d=$((db_after - db_before)) \
      -v hz="$(getconf CLK_TCK)" -v n="$requests" -v kind="$KIND" \
    'BEGIN {printf "server CPU: %.1f ms per request (%.1f s for %d requests); request threads alone: %.1f ms per request",
            1000 * t / hz / n, t / hz, n, 1000 * r / hz / n
            if (kind == "postgresql") printf "; PostgreSQL: %.1f ms per request", 1000 * d / hz / n
            printf "\n"}'
  if grep -q "Non-2xx" "$WORK/wrk.out"; then echo "some answers were errors" >&2; exit 1; fi
}
echo "wrk -t2 -c50 -d$DURATION --latency after $WARMUP warm-up (random pages of 50, signed-in steward, $KIND; load average $(cut -d' ' -f1-3 /proc/loadavg))"
measure "$WORK/pages.lua" "$DURATION" ""

# What every request pays before any work of its own, to tell the cost of authentication from the
# cost of the member list: a static style sheet without a session (container, filters, the Jakarta
# Security bridge and our mechanism answering "nothing to do"), the same with the steward's
# session (plus authenticating the session's member on the request), and the chapter's mandates,
# an API read that makes the member list's checks (the caller, the chapter, membership of the
# union) but reads no page of members and counts nothing. Last the unions list, which counts the
# active members of every chapter, the 10,000 included.
FLOOR_DURATION="${FLOOR_DURATION:-10s}"
FLOOR_WARMUP="${FLOOR_WARMUP:-5s}"
printf 'wrk.headers["Cookie"] = "%s"\n' "$COOKIE" >"$WORK/session.lua"
: >"$WORK/nobody.lua"
for probe in "nobody.lua /resources/unionhall/css/elections.css static file, no session" \
             "session.lua /resources/unionhall/css/elections.css static file, steward's session" \
             "session.lua /api/v1/chapters/$CHAPTER/mandates the chapter's mandates: the member list's checks without its page and count, steward's session" \
             "session.lua /api/v1/unions the unions list, which counts the active members of every chapter, steward's session"; do
  read -r script path what <<<"$probe"
  wrk -t2 -c50 -d"$FLOOR_WARMUP" -s "$WORK/$script" "http://127.0.0.1:$PORT$path" >/dev/null   # warm-up
  echo "--- floor: $what: GET $path, wrk -t2 -c50 -d$FLOOR_DURATION (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  measure "$WORK/$script" "$FLOOR_DURATION" "$path" | grep -E "Latency  |50%|99%|Requests/sec|server CPU"
done
