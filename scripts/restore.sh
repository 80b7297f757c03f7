#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a fresh installation, before its first start:
# H2 into a data folder without a database, PostgreSQL into an empty database (create it as in
# docs/operator-guide.md). It refuses to write over data.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/database.sh"

FILE="${1:?usage: unionhall restore FILE}"
[ -s "$FILE" ] || die "$FILE is missing or empty"

if is_postgresql; then
  parse_postgresql_url
  tables="$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$PG_DB" -tAc \
    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" || die "cannot reach database $PG_DB"
  [ "$tables" = "0" ] || die "database $PG_DB already has $tables tables; restore into an empty one"
  pg_restore -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$PG_DB" --no-owner --no-privileges \
    --single-transaction --exit-on-error "$FILE" || die "pg_restore into $PG_DB failed"
else
  base="$(h2_base)"
  [ -e "$base.mv.db" ] && die "$base.mv.db exists; restore into a fresh installation"
  unpacked="$(mktemp -d)"
  trap 'rm -rf "$unpacked"' EXIT
  java -cp "$(h2_jar)" org.h2.tools.Restore -file "$FILE" -dir "$unpacked" >/dev/null || die "$FILE is not an H2 backup"
  found=("$unpacked"/*.mv.db)
  [ "${#found[@]}" -eq 1 ] && [ -f "${found[0]}" ] || die "$FILE holds no single H2 database"
  mkdir -p "$(dirname "$base")"
  mv "${found[0]}" "$base.mv.db"
fi
echo "unionhall: restored $FILE; start the server on it"
