#!/usr/bin/env bash
# The ledger's benchmarks (issue 11): the real DefaultTreasuryLedgerService with real JPA on an
# H2 file (opened as the installation opens its own, WRITE_DELAY=0) or on PostgreSQL, the demo data
# seeded, one thread, every call in its own transaction.
#   1. JMH, LedgerRecordingBenchmark: posted transfers per second (one transfer a call, as the API
#      records one) and transfers per second as linked batches of 1,000 (a statement import).
#   2. LedgerReplay: records a ledger of REPLAY_ROWS rows once, in linked batches of 1,000 (prints
#      how long that took), then times TreasuryLedgerService.verify REPLAY_REPETITIONS times (one pass
#      that recomputes every balance and compares it with the stored ones, and re-hashes the chain)
#      and a pass that only reads the rows; prints every time and the medians.
#
#   docs/bench/ledger.sh h2|postgresql [NAME]     (NAME: results file name, default ledger-DATABASE)
#
# PostgreSQL: the connection comes from UNIONHALL_TEST_PG_URL, UNIONHALL_TEST_PG_USER and
# UNIONHALL_TEST_PG_PASSWORD, as for the tests; every JMH trial and the replay work in a fresh schema
# of that database, dropped at the end.
# Settings: JMH_OPTS (default: one fork, 3 warm-up iterations of 5 s, 5 measured iterations of 5 s,
# one thread), REPLAY_ROWS (1000000, a multiple of 1,000), REPLAY_REPETITIONS (5), BENCH_HEAP (4g),
# SKIP_BUILD=1 to reuse the last build, ONLY=jmh or ONLY=replay for one part.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[ $# -ge 1 ] || { sed -n '2,22p' "$0" >&2; exit 2; }
database="$1"
name="${2:-ledger-$database}"
case "$database" in
  h2) ;;
  postgresql)
    [ -n "${UNIONHALL_TEST_PG_URL:-}" ] && [ -n "${UNIONHALL_TEST_PG_USER:-}" ] || {
      echo "PostgreSQL needs UNIONHALL_TEST_PG_URL, UNIONHALL_TEST_PG_USER and UNIONHALL_TEST_PG_PASSWORD" >&2
      exit 2
    } ;;
  *) echo "database: h2 or postgresql" >&2; exit 2 ;;
esac
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -w 5s -i 5 -r 5s -t 1}"
HEAP="${BENCH_HEAP:-4g}"
TARGET=governance-core/target/bench

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -o -Pbench -pl governance-core -am package -DskipTests
fi
CP="$TARGET/test-classes:$TARGET/classes:$(cat "$TARGET/bench-classpath.txt")"
mkdir -p docs/bench/results
echo "# $name: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${ONLY:-jmh}" = jmh ]; then
  out="docs/bench/results/$name.json"
  echo "# java -cp … org.openjdk.jmh.Main LedgerRecordingBenchmark -p database=$database -jvmArgsAppend -Xmx$HEAP $JMH_OPTS"
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main LedgerRecordingBenchmark -p "database=$database" -jvmArgsAppend "-Xmx$HEAP" \
    $JMH_OPTS -rf json -rff "$out" > "docs/bench/results/$name.log" 2>&1
  python3 docs/bench/jmh-summary.py "$out"
fi
if [ "${ONLY:-replay}" = replay ]; then
  rows="${REPLAY_ROWS:-1000000}"
  repetitions="${REPLAY_REPETITIONS:-5}"
  echo "# java -Xmx$HEAP -cp … org.unionhall.bench.LedgerReplay $database $rows $repetitions   (load $(cut -d' ' -f1-3 /proc/loadavg))"
  java "-Xmx$HEAP" -cp "$CP" org.unionhall.bench.LedgerReplay "$database" "$rows" "$repetitions" 2>&1 \
    | grep -v -e '^[A-Z][a-z][a-z] [0-9]' -e '^INFO: ' -e '^WARNING: '
  echo "# done, load $(cut -d' ' -f1-3 /proc/loadavg)"
fi
