#!/usr/bin/env bash
# Installs what the test suite needs (Chromium, ChromeDriver, PostgreSQL, HAProxy, hledger), starts a throwaway
# PostgreSQL on a free loopback port, runs every test, and stops the database again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { echo "unionhall test: $*" >&2; }
die() { echo "unionhall test: $*" >&2; exit 2; }

APT_UPDATED=false
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "cannot install $* (no apt-get); install it by hand"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ "$APT_UPDATED" = false ]; then
    log "apt-get update"
    $sudo apt-get update -qq >&2 || die "apt-get update failed"
    APT_UPDATED=true
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2 || die "could not install $*"
}

find_pg_bin() {
  for d in /usr/local/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  return 1
}

has_haproxy() {
  command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]
}

ensure_tools() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    || apt_install chromium chromium-driver
  command -v chromium >/dev/null 2>&1 || die "chromium is missing after install"
  command -v chromedriver >/dev/null 2>&1 || die "chromedriver is missing after install"
  find_pg_bin >/dev/null || apt_install postgresql
  find_pg_bin >/dev/null || die "PostgreSQL server binaries are missing after install"
  { command -v node && command -v npm; } >/dev/null 2>&1 || apt_install nodejs npm
  # The cluster test puts two nodes behind HAProxy (scripts/cluster/haproxy.cfg).
  has_haproxy || apt_install haproxy
  has_haproxy || die "haproxy is missing after install"
  # The ledger's export is checked against Debian's hledger (LedgerExportContract).
  command -v hledger >/dev/null 2>&1 || apt_install hledger
  command -v hledger >/dev/null 2>&1 || die "hledger is missing after install"
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo 55432
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

PG_DIR=""
PG_BIN=""
stop_pg() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    run_as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

run_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

start_pg() {
  PG_BIN="$(find_pg_bin)"
  PG_DIR="$(mktemp -d /tmp/unionhall-pg.XXXXXX)"
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && { id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres; chown postgres "$PG_DIR"; }
  local port; port="$(free_port)"
  run_as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null \
    || die "initdb failed"
  run_as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/pg.log" \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null \
    || { cat "$PG_DIR/pg.log" >&2; die "PostgreSQL did not start"; }
  local psql; psql="$(command -v psql || echo "$PG_BIN/psql")"
  "$psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE unionhall_test" >/dev/null \
    || die "could not create the test database"
  export UNIONHALL_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/unionhall_test"
  export UNIONHALL_TEST_PG_USER="postgres"
  export UNIONHALL_TEST_PG_PASSWORD=""
  log "PostgreSQL for tests on 127.0.0.1:$port"
}

ensure_tools
trap stop_pg EXIT
start_pg
export UNIONHALL_CHROMIUM="$(command -v chromium)"
export UNIONHALL_CHROMEDRIVER="$(command -v chromedriver)"

./mvnw -B ${MAVEN_ARGS:-} verify "$@"
