#!/usr/bin/env bash
# Backs up an installation's database into FILE while the server runs (or while it is stopped):
# H2 with its online BACKUP TO (a consistent copy taken inside the running database, reached
# through H2's automatic server), PostgreSQL with pg_dump (a consistent snapshot, custom format).
# Restore with scripts/restore.sh (./unionhall restore FILE) into a fresh installation.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/database.sh"

FILE="${1:?usage: unionhall backup FILE}"
[ -e "$FILE" ] && die "$FILE exists; choose a new file"
mkdir -p "$(dirname "$FILE")"
FILE="$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")"

if is_postgresql; then
  parse_postgresql_url
  pg_dump -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -Fc -f "$FILE" "$PG_DB" \
    || { rm -f "$FILE"; die "pg_dump of $PG_DB failed"; }
else
  h2_base >/dev/null
  # The running server writes the file; the path is absolute, quotes doubled for SQL.
  h2_sql "BACKUP TO '${FILE//\'/\'\'}'" >/dev/null || { rm -f "$FILE"; die "H2 BACKUP TO failed (is AUTO_SERVER=TRUE in UNIONHALL_DB_URL?)"; }
fi
[ -s "$FILE" ] || die "the backup $FILE is empty"
echo "unionhall: backed up to $FILE ($(wc -c <"$FILE") bytes)"
