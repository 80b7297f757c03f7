#!/bin/sh
# Build the simulated records, tamper them, and compare the reference verifier with spec-verifier.
# Usage: run-cases.sh [JAR] [WORKDIR]   (JAR: ballot-crypto/target/ballot-crypto-cli.jar, built beforehand)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${1:-$HERE/../../target/ballot-crypto-cli.jar}
W=${2:-/tmp/spec-verifier-cases}
mkdir -p "$W"
sim() { [ -d "$W/$1" ] || java -jar "$JAR" simulate --out "$W/$1" "$@" >/dev/null; }
[ -d "$W/v2" ] || java -jar "$JAR" simulate --voters 40 --trustees 3 --threshold 2 --seed 11 --out "$W/v2" --receipts "$W/v2-r" >/dev/null
[ -d "$W/v1" ] || java -jar "$JAR" simulate --voters 40 --trustees 3 --threshold 2 --seed 12 --protocol 1 --out "$W/v1" >/dev/null
[ -d "$W/sc" ] || java -jar "$JAR" simulate --voters 30 --trustees 1 --threshold 1 --seed 14 --contest score:3 --out "$W/sc" >/dev/null
[ -d "$W/ap" ] || java -jar "$JAR" simulate --voters 30 --trustees 2 --threshold 2 --seed 13 --contest approval:4 --out "$W/ap" --receipts "$W/ap-r" >/dev/null
python3 "$HERE/verify.py" --kat | tail -1
python3 "$HERE/make_cases.py" "$W/cases" "$W/v2" "$W/v2-r" "$W/v1" "$W/sc" "$W/ap-r"
fail=0
while read -r name rec; do
  python3 "$HERE/compare.py" "$JAR" "$W/cases/$name" $rec || fail=1
done < "$W/cases/cases.txt"
exit $fail
