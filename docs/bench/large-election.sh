#!/usr/bin/env bash
# A large election end to end: `simulate` writes the record of a yes/no/abstain election of
# VOTERS voters (default 100,000; 3 trustees, threshold 2, with challenged ballots, revotes and a
# missing trustee), then `verify` checks all of it. Prints wall and CPU time of both, how many
# cores verify kept busy (CPU / wall), and the record's size per selection.
#
#   docs/bench/large-election.sh                  # 100,000 voters (several minutes)
#   VOTERS=10000 docs/bench/large-election.sh     # a quicker look
#   KEEP=1 docs/bench/large-election.sh           # keep the record (its path is printed)
#
# Targets (issue 3): verify ≤ 4 minutes using both cores; ≤ 400 bytes of record per selection.
set -euo pipefail

VOTERS="${VOTERS:-100000}"
SEED="${SEED:-100000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/large-election.XXXXXX")"
CLI="$ROOT/ballot-crypto/target/ballot-crypto-cli.jar"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
die() { echo "large-election: $*" >&2; exit 2; }
[ -x /usr/bin/time ] || die "GNU time is missing (apt-get install time)"

# Build the command-line jar if it is missing or stale (not timed): a tiny election does it.
"$ROOT/unionhall" simulate --voters 3 --trustees 3 --threshold 2 --seed 1 --out "$WORK/warm-up" >/dev/null
[ -f "$CLI" ] || die "$CLI was not built"

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== simulate: $VOTERS voters, yes/no/abstain, 3 trustees, threshold 2, seed $SEED"
/usr/bin/time -f "%e %U %S" -o "$WORK/simulate.time" \
  java ${UNIONHALL_JAVA_OPTS:-} -jar "$CLI" simulate --voters "$VOTERS" --trustees 3 --threshold 2 \
    --contest yes-no-abstain --seed "$SEED" --out "$WORK/record" | sed 's/^/   /'
echo "== verify"
status=0
/usr/bin/time -f "%e %U %S" -o "$WORK/verify.time" \
  java ${UNIONHALL_JAVA_OPTS:-} -jar "$CLI" verify "$WORK/record" > "$WORK/verify.out" 2>&1 || status=$?
grep -E '^(RESULT|V10 |V9 )' "$WORK/verify.out" | sed 's/^/   /' || true
[ "$status" = 0 ] || { cat "$WORK/verify.out" >&2; die "verify failed (exit $status)"; }

python3 - "$WORK" <<'PY'
import json, os, sys
work = sys.argv[1]
record = os.path.join(work, "record")
def times(name):
    wall, user, system = (float(x) for x in open(os.path.join(work, name)).read().split())
    return wall, user + system
sim_wall, sim_cpu = times("simulate.time")
ver_wall, ver_cpu = times("verify.time")
entries = selections = 0
board_bytes = 0
with open(os.path.join(record, "board.ndjson"), "rb") as f:
    for line in f:
        board_bytes += len(line)
        entries += 1
        ballot = json.loads(line)["ballot"]
        selections += sum(len(c["selections"]) for c in ballot["contests"])
total = sum(os.path.getsize(os.path.join(record, n)) for n in os.listdir(record))
print(f"simulate: {sim_wall:8.1f} s wall, {sim_cpu:8.1f} s CPU")
print(f"verify:   {ver_wall:8.1f} s wall, {ver_cpu:8.1f} s CPU, {ver_cpu / ver_wall:.2f} cores busy on average"
      f" -> {'meets' if ver_wall <= 240 else 'MISSES'} the 4-minute target")
print(f"          {entries / ver_wall:,.0f} board entries per second, {1000 * ver_cpu / entries:.2f} CPU-ms per entry")
print(f"record:   {entries:,} board entries, {selections:,} encrypted selections, {total:,} bytes in all")
print(f"          {total / selections:.0f} bytes per selection for the whole record, {board_bytes / selections:.0f} for the board alone"
      f" -> {'meets' if total / selections <= 400 else 'MISSES'} the 400-byte target")
PY
