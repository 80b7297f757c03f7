#!/usr/bin/env bash
# Load test of ballot intake: a secret ballot of a 3-option motion (yes / no / abstain) in chapter
# moderators-europe, VOTERS members with their own sign-in and voting key, each casting a ballot
# and then a revote; CONCURRENCY clients post the pre-made ballots through
# POST /api/v1/elections/{id}/ballots as fast as the server takes them. Every ballot is fully
# checked (binding, shape, signature, 3 selection proofs, contest limit, roll, replay) and stored
# before the answer. The client (docs/bench/BallotIntake.java, run with ballot-crypto on the class
# path) prints ballots per second, latency percentiles, the board and tally counts that prove
# zero lost and zero counted twice, and verifies the downloaded record.
#
# Usage: docs/bench/ballot-intake.sh h2|postgresql [VOTERS] [CONCURRENCY] [RATE]   (default 1000 100)
# Without RATE the clients post as fast as the server answers (throughput); with RATE they offer
# that many ballots per second at a steady pace (latency at a given load, counted from when each
# ballot was due).
# PostgreSQL: a throwaway server on a free loopback port (binaries as ./unionhall test installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
KIND="${1:?usage: ballot-intake.sh h2|postgresql [VOTERS] [CONCURRENCY] [RATE]}"
VOTERS="${2:-1000}"
CONCURRENCY="${3:-100}"
RATE="${4:-0}"
PORT="${UNIONHALL_PORT:-8681}"
CHAPTER=moderators-europe
WORK="$(mktemp -d /tmp/unionhall-intake.XXXXXX)"
chmod 755 "$WORK"
SERVER_PID=""
PG_BIN=""

cleanup() {
  [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; }
  [ -n "$PG_BIN" ] && su -s /bin/sh postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f web/target/unionhall-microbundle.jar ] || ./mvnw -B -q -DskipTests install
M2="${HOME}/.m2/repository"
CRYPTO_JAR=$(ls ballot-crypto/target/ballot-crypto-*.jar 2>/dev/null | grep -v -e sources -e cli | head -1 || true)
[ -n "$CRYPTO_JAR" ] || CRYPTO_JAR=$(ls "$M2"/org/unionhall/ballot-crypto/*/ballot-crypto-*.jar | grep -v -e sources -e cli | head -1)
BC_JAR=$(ls "$M2"/org/bouncycastle/bcprov-jdk18on/1.86/bcprov-jdk18on-1.86.jar)

# Each start gets its own Payara root folder (a reused one redeploys the application and answers 404).
STARTS=0
start_server() {
  STARTS=$((STARTS + 1))
  UNIONHALL_PORT="$PORT" UNIONHALL_DATA_DIR="$WORK/data$STARTS" ./unionhall demo >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1800); do
    curl -fsS "http://127.0.0.1:$PORT/health/ready" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  tail -40 "$WORK/server.log" >&2; echo "server did not become ready" >&2; exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

# VOTERS members active in the chapter, each with a sign-in account (the demo password, whose
# Argon2id hash is copied from a demo account so seeding needs no hashing).
seed_sql() {
  python3 - "$VOTERS" "$CHAPTER" <<'PY'
import sys, uuid
n, chapter = int(sys.argv[1]), sys.argv[2]
rows = []
def flush():
    if rows:
        print("INSERT INTO union_member (id, display_name, sort_name, email, preferred_language, created_at, version) VALUES")
        print(",\n".join(rows) + ";")
        rows.clear()
for i in range(n):
    name = f"Voter Bench{i:05d}"
    rows.append(f"('{uuid.uuid4()}', '{name}', '{name.lower()}', 'bench{i:05d}@bench.example', 'en', CURRENT_TIMESTAMP, 1)")
    if len(rows) == 500:
        flush()
flush()
print(f"""INSERT INTO membership (id, member_id, chapter_id, union_id, status, joined_on, version, sort_name)
SELECT m.id, m.id, c.id, c.union_id, 'ACTIVE', CURRENT_DATE, 1, m.sort_name
FROM union_member m, chapter c WHERE m.email LIKE 'bench%@bench.example' AND c.slug = '{chapter}';
INSERT INTO sign_in_account (member_id, password_hash, password_changed_at, version)
SELECT m.id, (SELECT a.password_hash FROM sign_in_account a JOIN union_member u ON u.id = a.member_id
              WHERE u.email = 'jonas@unionhall.example'), CURRENT_TIMESTAMP, 1
FROM union_member m WHERE m.email LIKE 'bench%@bench.example';""")
PY
}

case "$KIND" in
  h2)
    export UNIONHALL_DB_URL="jdbc:h2:file:$WORK/db/unionhall"
    H2_JAR="$M2/com/h2database/h2/2.2.224/h2-2.2.224.jar"
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
  *) echo "usage: ballot-intake.sh h2|postgresql [VOTERS] [CONCURRENCY] [RATE]" >&2; exit 2 ;;
esac

start_server
echo "ballot intake, $KIND, $VOTERS voters each voting twice, $CONCURRENCY concurrent clients, rate ${RATE} (0: as fast as answered)"
SERVER_PID="$SERVER_PID" java -cp "$CRYPTO_JAR:$BC_JAR" docs/bench/BallotIntake.java "http://127.0.0.1:$PORT" "$VOTERS" "$CONCURRENCY" "$RATE"
