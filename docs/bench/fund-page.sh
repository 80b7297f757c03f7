#!/usr/bin/env bash
# Load test of the fund page (issue 11: under 200 ms at p99 with 20 concurrent readers, for a union
# with 1,000,000 transfers). Fills an empty PostgreSQL database through the real services
# (org.unionhall.bench.FundPageSeed, built with -Pbench: the demo data, the demo unions' year of
# books kept a year early so their paid grants fill the page's list, then TRANSFERS transfers in
# the Fediverse Moderators' ledger in linked batches of 1,000, spread over the last twelve months),
# starts the built bundle on it, signs in as Chloé, a member, through POST /api/v1/session, warms
# up, then runs `wrk -t2 -c20 --latency` on the members' treasury page
# (GET /treasury/index.xhtml?union=fediverse-moderators: the funds, the monthly sums of the last
# twelve months, the paid grants, the requests that wait). Prints wrk's latency distribution, the
# load average, and the server's CPU time per request (see web-load.sh, whose helpers it shares with
# web-member-list.sh). At the end the server is stopped and the database dropped.
#
# Usage: docs/bench/fund-page.sh [DURATION]   (default 60s)
# Database: with UNIONHALL_TEST_PG_URL, UNIONHALL_TEST_PG_USER and UNIONHALL_TEST_PG_PASSWORD set (as
# for the tests), a fresh schema of that database, dropped at the end; without them a throwaway
# PostgreSQL 15 of its own (needs root and the PostgreSQL binaries, as web-member-list.sh).
# To measure again without filling again (ten minutes and more; with UNIONHALL_TEST_PG_URL only):
# KEEP=1 keeps the filled schema and prints its name; FUND_PAGE_SCHEMA=NAME then measures on it
# (and keeps it; drop it with DROP SCHEMA NAME CASCADE).
# Environment: TRANSFERS (1000000, a multiple of 1,000), CONNECTIONS (20), WARMUP (30s), WRK_TIMEOUT
# (10s: wrk counts a slower answer as a timeout and leaves it out of the latencies),
# UNIONHALL_PORT (8181), UNIONHALL_HTTP_THREADS (see web-load.sh), SKIP_BUILD=1 to reuse the last
# builds (web/target/unionhall-microbundle.jar, or UNIONHALL_BUNDLE, and governance-core/target/bench).
# Needs wrk (apt-get install wrk) and psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
. docs/bench/web-load.sh
DURATION="${1:-60s}"
TRANSFERS="${TRANSFERS:-1000000}"
CONNECTIONS="${CONNECTIONS:-20}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
WARMUP="${WARMUP:-30s}"
PORT="${UNIONHALL_PORT:-8181}"
UNION=fediverse-moderators
MEMBER=chloe@unionhall.example
PASSWORD=union-demo-2026
BUNDLE="${UNIONHALL_BUNDLE:-web/target/unionhall-microbundle.jar}"
WORK="$(mktemp -d /tmp/unionhall-fund.XXXXXX)"
chmod 755 "$WORK"
SCHEMA=""
PSQL=()

cleanup() {
  cleanup_web_load
  [ -n "$SCHEMA" ] && [ "${KEEP:-0}" != 1 ] && "${PSQL[@]}" -qc "DROP SCHEMA $SCHEMA CASCADE" >/dev/null 2>&1 || true
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -o -pl web -am package -DskipTests
  ./mvnw -B -q -o -Pbench -pl governance-core -am package -DskipTests
fi

FILL=1
if [ -n "${UNIONHALL_TEST_PG_URL:-}" ]; then
  export PGUSER="${UNIONHALL_TEST_PG_USER:?}" PGPASSWORD="${UNIONHALL_TEST_PG_PASSWORD:-}"
  PSQL=(psql "${UNIONHALL_TEST_PG_URL#jdbc:}")
  if [ -n "${FUND_PAGE_SCHEMA:-}" ]; then
    SCHEMA="$FUND_PAGE_SCHEMA"; FILL=0; KEEP=1
  else
    SCHEMA="fund_page_$(date +%s)_$$"
    "${PSQL[@]}" -qc "CREATE SCHEMA $SCHEMA" >/dev/null
  fi
  base="$UNIONHALL_TEST_PG_URL"
  export UNIONHALL_DB_URL="$base$([[ $base == *\?* ]] && echo '&' || echo '?')currentSchema=$SCHEMA"
  export UNIONHALL_DB_USER="$PGUSER" UNIONHALL_DB_PASSWORD="$PGPASSWORD"
  PSQL+=(-v "ON_ERROR_STOP=1" -c "SET search_path TO $SCHEMA")
else
  start_throwaway_postgresql
  export UNIONHALL_DB_URL="$PG_URL" UNIONHALL_DB_USER=postgres UNIONHALL_DB_PASSWORD=
  PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d unionhall)
fi

TARGET=governance-core/target/bench
if [ "$FILL" = 1 ]; then
  echo "filling the database: $TRANSFERS transfers (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  java -Xmx2g -cp "$TARGET/test-classes:$TARGET/classes:$(cat "$TARGET/bench-classpath.txt")" \
    org.unionhall.bench.FundPageSeed "$UNIONHALL_DB_URL" "$UNIONHALL_DB_USER" "$UNIONHALL_DB_PASSWORD" "$TRANSFERS" 2>&1 \
    | grep --line-buffered -v -e '^[A-Z][a-z][a-z] [0-9]' -e '^INFO: ' -e '^WARNING: '
  "${PSQL[@]}" -qc "ANALYZE" >/dev/null
fi
[ "${KEEP:-0}" = 1 ] && [ -n "$SCHEMA" ] && echo "keeping the schema: FUND_PAGE_SCHEMA=$SCHEMA"
echo "ledger rows in the database: $("${PSQL[@]}" -Atc "SELECT count(*) FROM ledger_transfer" | tail -1)"
start_server
sign_in "$MEMBER" "$PASSWORD"
PAGE="/treasury/index.xhtml?union=$UNION"
curl -fsS -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$PAGE" >"$WORK/page.html"
grep -q "Moderation Labour" "$WORK/page.html" || { echo "the fund page shows no funds" >&2; exit 1; }
echo "the page shows $(grep -cE '<th scope="row">[0-9]{4}-[0-9]{2}</th>' "$WORK/page.html") months of money in and out"
printf 'wrk.headers["Cookie"] = "%s"\n' "$COOKIE" >"$WORK/member.lua"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" -s "$WORK/member.lua" "http://127.0.0.1:$PORT$PAGE" >/dev/null   # warm-up
# One reader alone, after the warm-up: the page's own time without the queue 20 readers make.
for _ in $(seq 1 11); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$PAGE"
done | sort -n | awk '{t[NR] = $1} END {printf "one reader alone, 11 requests in a row: median %.0f ms, slowest %.0f ms\n", 1000 * t[6], 1000 * t[11]}'
echo "wrk -t2 -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency after $WARMUP warm-up (the treasury page, signed-in member, $TRANSFERS transfers; load average $(cut -d' ' -f1-3 /proc/loadavg); $(uptime))"
measure "$WORK/member.lua" "$DURATION" "$PAGE"
echo "done; load average $(cut -d' ' -f1-3 /proc/loadavg)"
