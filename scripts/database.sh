# Shared by scripts/backup.sh and scripts/restore.sh (sourced, not run): where the installation's
# database is, from the same settings the server reads (UNIONHALL_DB_URL, UNIONHALL_DB_USER,
# UNIONHALL_DB_PASSWORD, UNIONHALL_DATA_DIR), and the tools that copy it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${UNIONHALL_DATA_DIR:-$ROOT/data}"
# The launcher's default: H2's automatic server lets a second process (this backup) reach the
# database while the server has it open.
DB_URL="${UNIONHALL_DB_URL:-jdbc:h2:file:$DATA_DIR/db/unionhall;AUTO_SERVER=TRUE}"
DB_USER="${UNIONHALL_DB_USER:-unionhall}"
DB_PASSWORD="${UNIONHALL_DB_PASSWORD:-unionhall}"

die() { echo "unionhall: $*" >&2; exit 2; }

is_postgresql() { [[ "$DB_URL" == jdbc:postgresql:* ]]; }

# PG_HOST, PG_PORT, PG_DB from jdbc:postgresql://host[:port]/database[?parameters].
parse_postgresql_url() {
  local re='^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)'
  [[ "$DB_URL" =~ $re ]] || die "cannot read host and database from $DB_URL"
  PG_HOST="${BASH_REMATCH[1]}"
  PG_PORT="${BASH_REMATCH[3]:-5432}"
  PG_DB="${BASH_REMATCH[4]}"
  export PGPASSWORD="$DB_PASSWORD"
  for tool in pg_dump pg_restore psql; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is needed (Debian: apt-get install postgresql-client)"
  done
}

# The H2 database's file without its .mv.db ending, from jdbc:h2:[file:]PATH[;settings].
h2_base() {
  local path="${DB_URL#jdbc:h2:}"
  path="${path#file:}"
  path="${path%%;*}"
  [[ "$path" == mem:* || "$path" == tcp:* || "$path" == ssl:* ]] && die "$DB_URL is not an H2 file database"
  echo "$path"
}

# The H2 jar of the version Payara Micro bundles (the pom's h2.version), fetched into the local
# Maven repository when missing.
h2_jar() {
  local version jar
  version="$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' "$ROOT/pom.xml")"
  jar="$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar"
  if [ ! -f "$jar" ]; then
    "$ROOT/mvnw" -B -q dependency:get -Dartifact="com.h2database:h2:$version" >&2 || die "could not fetch H2 $version"
  fi
  echo "$jar"
}

# Runs one statement in the H2 database. WRITE_DELAY is a setting of the whole database, applied
# by every connection that names it: like the server (DatabaseConfigSource), this connection
# always names 0, so it cannot undo the server's durable setting.
h2_sql() {
  local url
  url="$(printf '%s' "$DB_URL" | sed -E 's/;[[:space:]]*[Ww][Rr][Ii][Tt][Ee]_[Dd][Ee][Ll][Aa][Yy][[:space:]]*=[^;]*//g');WRITE_DELAY=0"
  java -cp "$(h2_jar)" org.h2.tools.Shell -url "$url" -user "$DB_USER" -password "$DB_PASSWORD" -sql "$1"
}
