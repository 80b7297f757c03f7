#!/usr/bin/env bash
# Record size per encrypted selection for a few kinds of contest: simulates an election of
# VOTERS voters (default 1,000; 3 trustees, threshold 2) for each kind and divides the bytes of
# the whole record folder, and of its board alone, by the number of encrypted selections on the
# board (every board entry: cast, revoted and challenged ballots). Target (issue 3): ≤ 400 bytes.
#
#   docs/bench/record-size.sh
#   VOTERS=10000 docs/bench/record-size.sh yes-no-abstain approval:10
set -euo pipefail

VOTERS="${VOTERS:-1000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/record-size.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
[ $# -gt 0 ] || set -- yes-no-abstain one-of-n:3 approval:10 score:5

echo "| contest | voters | board entries | selections | record bytes | bytes per selection (record) | bytes per selection (board) | ≤ 400? |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for contest in "$@"; do
  dir="$WORK/${contest//:/-}"
  "$ROOT/unionhall" simulate --voters "$VOTERS" --trustees 3 --threshold 2 --contest "$contest" --seed 7 --out "$dir" >/dev/null
  python3 - "$contest" "$VOTERS" "$dir" <<'PY'
import json, os, sys
contest, voters, record = sys.argv[1], int(sys.argv[2]), sys.argv[3]
entries = selections = board = 0
with open(os.path.join(record, "board.ndjson"), "rb") as f:
    for line in f:
        entries += 1
        board += len(line)
        selections += sum(len(c["selections"]) for c in json.loads(line)["ballot"]["contests"])
total = sum(os.path.getsize(os.path.join(record, n)) for n in os.listdir(record))
per = total / selections
print(f"| {contest} | {voters:,} | {entries:,} | {selections:,} | {total:,} | {per:.0f} | {board / selections:.0f} | {'yes' if per <= 400 else 'no'} |")
PY
done
