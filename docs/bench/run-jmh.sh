#!/usr/bin/env bash
# Builds the ballot-crypto benchmarks and runs some of them with the settings used for
# docs/benchmarks.md, keeping JMH's JSON under docs/bench/results and printing a Markdown summary.
#
#   docs/bench/run-jmh.sh NAME REGEX [more JMH options]
#   docs/bench/run-jmh.sh floor-1 'GroupFloorBenchmark'
#   docs/bench/run-jmh.sh proof-1 'SelectionProofBenchmark|GroupFloorBenchmark.(decode|twoBase)'
#
# Settings (short but honest on a shared 2-core machine): one fork, 3 warm-up iterations of 2 s,
# 5 measured iterations of 2 s, one thread, and the process CPU time per operation beside the
# wall time (CpuTimeProfiler). Set JMH_OPTS to override them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
name="$1"; regex="$2"; shift 2
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -prof org.unionhall.crypto.bench.CpuTimeProfiler}"
JAR=ballot-crypto/target/ballot-crypto-benchmarks.jar

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -o -Pbench -pl ballot-crypto package -DskipTests
fi
mkdir -p docs/bench/results
out="docs/bench/results/$name.json"
# shellcheck disable=SC2086
set -x
java -jar "$JAR" "$regex" $JMH_OPTS -rf json -rff "$out" "$@" > "docs/bench/results/$name.log" 2>&1
{ set +x; } 2>/dev/null
echo "# $name: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java -jar $JAR '$regex' $JMH_OPTS $*"
python3 docs/bench/jmh-summary.py "$out"
