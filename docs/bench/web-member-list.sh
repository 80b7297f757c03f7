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
# The helpers it shares with fund-page.sh are in web-load.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
. docs/bench/web-load.sh
KIND="${1:?usage: web-member-list.sh h2|postgresql [DURATION]}"
DURATION="${2:-30s}"
PORT="${UNIONHALL_PORT:-8181}"
CHAPTER=moderators-europe
STEWARD=jonas@unionhall.example
PASSWORD=union-demo-2026
MEMBERS=10000
CONNECTIONS=50
WORK="$(mktemp -d /tmp/unionhall-bench.XXXXXX)"
chmod 755 "$WORK"
trap cleanup_web_load EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
BUNDLE="${UNIONHALL_BUNDLE:-web/target/unionhall-microbundle.jar}"
[ -f "$BUNDLE" ] || ./mvnw -B -q -DskipTests install

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
    start_throwaway_postgresql
    export UNIONHALL_DB_URL="$PG_URL" UNIONHALL_DB_USER=postgres UNIONHALL_DB_PASSWORD=
    start_server; stop_server
    seed_sql | psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -d unionhall >/dev/null
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -d unionhall -c "ANALYZE" >/dev/null
    ;;
  *) echo "usage: web-member-list.sh h2|postgresql [DURATION]" >&2; exit 2 ;;
esac

start_server
sign_in "$STEWARD" "$PASSWORD"
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
