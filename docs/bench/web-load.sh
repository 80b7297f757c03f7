# Helpers for the load tests of the running application (web-member-list.sh, fund-page.sh); sourced,
# not run. The caller sets WORK (a fresh folder, removed at the end), PORT, BUNDLE and KIND (h2 or
# postgresql), and calls cleanup_web_load on exit.
#   start_server / stop_server    run the built bundle as `./unionhall demo` does, on UNIONHALL_DB_URL
#   start_throwaway_postgresql    a PostgreSQL 15 of its own under $WORK on a free loopback port;
#                                 sets PG_BIN, PG_PORT and PG_URL (database "unionhall")
#   sign_in EMAIL PASSWORD        signs in through POST /api/v1/session; sets COOKIE
#   measure SCRIPT DURATION PATH  wrk -t2 -c$CONNECTIONS --latency, then the server's CPU per request
#                                 (the caller sets CONNECTIONS; WRK_TIMEOUT, default 2s as wrk's own)
SERVER_PID=""
PG_BIN=""

cleanup_web_load() {
  [ -n "$SERVER_PID" ] && { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; }
  [ -n "$PG_BIN" ] && su -s /bin/sh postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

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

# Needs the PostgreSQL 15 binaries (as `./unionhall test` installs them) and root, to run them as
# the postgres user.
start_throwaway_postgresql() {
  for d in /usr/local/bin /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && { PG_BIN="$d"; break; }; done
  [ -n "$PG_BIN" ] || { echo "PostgreSQL binaries missing (./unionhall test installs them)" >&2; exit 2; }
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  chown postgres "$WORK"
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  su -s /bin/sh postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust -E UTF8" >/dev/null
  su -s /bin/sh postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -o '-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1' -w start" >/dev/null
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE unionhall" >/dev/null
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/unionhall"
}

# Signs in once through the API's session endpoint (the password is checked once, as a browser
# session does) and keeps the session cookie in COOKIE.
sign_in() {
  local jar="$WORK/cookies"
  curl -fsS -o /dev/null -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$1\", \"password\": \"$2\"}" "http://127.0.0.1:$PORT/api/v1/session"
  COOKIE=$(awk '$6 == "UNIONHALL_SESSION" {print "UNIONHALL_SESSION=" $7}' "$jar" | tail -1)
  [ -n "$COOKIE" ] || { echo "sign-in failed: no session cookie" >&2; exit 1; }
}

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
# CPU time of this run's throwaway PostgreSQL, which the Payara figure leaves out (0 for H2, which
# runs inside Payara, and for a PostgreSQL shared with others): the postmaster with the backends it
# has reaped, plus the live backends.
database_ticks() {
  [ -f "$WORK/pg/postmaster.pid" ] || { echo 0; return; }
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
# Fails when any answer was not 2xx or 3xx.
measure() {
  local script="$1" duration="$2" path="$3" before after served_before served_after db_before db_after requests
  before=$(cpu_ticks); served_before=$(request_ticks); db_before=$(database_ticks)
  wrk -t2 -c"$CONNECTIONS" -d"$duration" --timeout "${WRK_TIMEOUT:-2s}" --latency -s "$script" "http://127.0.0.1:$PORT$path" | tee "$WORK/wrk.out"
  after=$(cpu_ticks); served_after=$(request_ticks); db_after=$(database_ticks)
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
  awk -v t=$((after - before)) -v r=$((served_after - served_before)) -v d=$((db_after - db_before)) \
      -v hz="$(getconf CLK_TCK)" -v n="$requests" -v pg="$([ -f "$WORK/pg/postmaster.pid" ] && echo 1)" \
    'BEGIN {printf "server CPU: %.1f ms per request (%.1f s for %d requests); request threads alone: %.1f ms per request",
            1000 * t / hz / n, t / hz, n, 1000 * r / hz / n
            if (pg) printf "; PostgreSQL: %.1f ms per request", 1000 * d / hz / n
            printf "\n"}'
  if grep -q "Non-2xx" "$WORK/wrk.out"; then echo "some answers were errors" >&2; exit 1; fi
}
