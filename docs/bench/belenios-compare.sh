#!/usr/bin/env bash
# Side by side on this machine, in one run: a whole Belenios 2.0 election (Debian's belenios-tool)
# and a whole Unionhall election, both 1 question with 3 answers (one of three), N ballots, 2-of-3
# trustees. Prints ballot generation and verification cost per ballot, ballots verified per
# CPU-second (per core), bytes per ballot, and the ratios Unionhall / Belenios.
#
#   docs/bench/belenios-compare.sh            # N = 1000 ballots
#   N=200 docs/bench/belenios-compare.sh      # a quicker look
#
# Needs: belenios-tool (apt-get install belenios-tool), GNU time (/usr/bin/time), java 17, python3.
# No network. Everything is written under a temporary folder, removed at the end (KEEP=1 keeps it).
#
# How the figures are made fair:
# - Verification cost per ballot is a difference: (CPU seconds to verify the record with N ballots
#   - CPU seconds to verify the same kind of record with few ballots) / (ballots difference). This
#   takes out program start-up and the per-election checks (trustee keys, tally, decryption).
# - CPU seconds are user + system time of the whole process, so a verifier that uses both cores is
#   charged for both: "per core" means ballots per CPU-second. The CPU/wall ratio printed beside it
#   shows how many cores each verifier kept busy.
# - Ballot size is the bytes of each cast ballot exactly as stored in the record, averaged
#   (Belenios: the ballot JSON, one line of its archive; Unionhall: the whole board line, which
#   also carries the ballot's tracking code and the link to the previous one).
# - Unionhall's simulated election also has challenged ballots and revotes: every board entry is
#   verified, so the difference is divided by the number of board entries.
# - Ballot generation, in CPU time: Belenios runs one process per ballot (its start-up is
#   measured and shown); Unionhall's figure is JMH's median for encrypting, proving and signing
#   one ballot on one thread. JMH also gives the one-thread cost of checking one ballot from its board line.
set -euo pipefail

N="${N:-1000}"
SMALL="${SMALL:-50}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/belenios-compare.XXXXXX")"
export BELENIOS_USE_URANDOM=1 TERM=dumb

cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

die() { echo "belenios-compare: $*" >&2; exit 2; }
command -v belenios-tool >/dev/null || die "belenios-tool is missing (apt-get install belenios-tool)"
[ -x /usr/bin/time ] || die "GNU time is missing (apt-get install time)"
command -v python3 >/dev/null || die "python3 is missing"
[ "$N" -gt "$SMALL" ] || die "N ($N) must be larger than SMALL ($SMALL)"

# timed LABEL CMD...: runs CMD, appends "LABEL wall user sys" to $WORK/times.
timed() {
  local label="$1"; shift
  /usr/bin/time -f "$label %e %U %S" -a -o "$WORK/times" "$@"
}
# field LABEL COLUMN: wall=2 user=3 sys=4 of the last measurement with that label.
field() { awk -v l="$1" -v c="$2" '$1 == l { v = $c } END { print v }' "$WORK/times"; }
cpu() { python3 -c "print($(field "$1" 3) + $(field "$1" 4))"; }

# ---------------------------------------------------------------- Belenios

# belenios_election DIR COUNT: sets up a 2-of-3 election for COUNT voters, casts COUNT ballots,
# verifies before and after the ballots, tallies with two of the three trustees, verifies again.
belenios_election() {
  local dir="$1" count="$2" tag="belenios-$2"
  mkdir -p "$dir"
  (
    cd "$dir"
    local uuid group="--group BELENIOS-2048"
    uuid=$(belenios-tool setup generate-token)
    belenios-tool setup generate-credentials --uuid "$uuid" $group --count "$count" >/dev/null
    mv ./*.pubcreds public_creds.json
    mv ./*.privcreds private_creds.txt
    tt() { belenios-tool setup generate-trustee-key-threshold $group "$@"; }
    for _ in 1 2 3; do tt --step 1 2>/dev/null; done
    cat ./*.cert > certs.jsons
    tt --certs certs.jsons --step 2 2>/dev/null
    for k in ./*.key; do tt --certs certs.jsons --key "$k" --step 3 --threshold 2 2>/dev/null; done > polynomials.jsons
    tt --certs certs.jsons --step 4 --polynomials polynomials.jsons 2>/dev/null
    for k in ./*.key; do
      tt --certs certs.jsons --key "$k" --step 5 < "${k%.key}.vinput" > "${k%.key}.voutput" 2>/dev/null
    done
    cat ./*.voutput | tt --certs certs.jsons --step 6 --polynomials polynomials.jsons > threshold.json 2>/dev/null
    : > public_keys.jsons   # no extra server key: the three threshold trustees only
    belenios-tool setup make-trustees
    rm threshold.json
    cat > template.json <<'JSON'
{"description":"Benchmark election","name":"One of three","questions":[{"answers":["Alpha","Beta","Gamma"],"blank":false,"min":1,"max":1,"question":"Which one?"}],"administrator":"Benchmark","credential_authority":"Benchmark"}
JSON
    belenios-tool setup make-election --uuid "$uuid" $group --template template.json
    belenios-tool archive init
    rm -f election.json trustees.json public_creds.json
    timed "$tag-verify-empty" belenios-tool election verify >/dev/null 2>&1

    # Ballot generation, one voter after another (a fresh process per ballot, as a voter would run it).
    mkdir ballots
    cat > generate.sh <<'SH'
i=0
while read -r id cred; do
  case $((i % 3)) in 0) v='[[1,0,0]]' ;; 1) v='[[0,1,0]]' ;; *) v='[[0,0,1]]' ;; esac
  printf '%s\n' "$cred" > cred.tmp; printf '%s\n' "$v" > vote.tmp
  belenios-tool election generate-ballot --privcred cred.tmp --ballot vote.tmp > "ballots/$id.json" 2>/dev/null
  i=$((i + 1))
done < private_creds.txt
rm -f cred.tmp vote.tmp
SH
    timed "$tag-generate" bash generate.sh
    # Process start-up alone, to state the generation figure with and without it.
    timed "$tag-startup" bash -c 'for _ in $(seq 1 50); do belenios-tool sha256-b64 </dev/null >/dev/null; done'

    for b in ballots/*.json; do belenios-tool archive add-event --type=Ballot < "$b" >/dev/null 2>&1; done
    timed "$tag-verify-ballots" belenios-tool election verify >/dev/null 2>&1

    belenios-tool archive add-event --type=EndBallots < /dev/null >/dev/null 2>&1
    belenios-tool election compute-encrypted-tally 2>/dev/null | belenios-tool archive add-event --type=EncryptedTally >/dev/null 2>&1
    local id=1
    for k in $(ls ./*.key | head -n 2); do   # two of the three trustees decrypt
      belenios-tool election decrypt-threshold --key "$k" --decryption-key "${k%.key}.dkey" --trustee-id "$id" 2>/dev/null \
        | belenios-tool archive add-event --type=PartialDecryption >/dev/null 2>&1
      id=$((id + 1))
    done
    belenios-tool election compute-result 2>/dev/null | belenios-tool archive add-event --type=Result >/dev/null 2>&1
    timed "$tag-verify-final" belenios-tool election verify > verify.out 2>&1 || { cat verify.out >&2; exit 1; }
    grep -q "all checks passed" verify.out || { cat verify.out >&2; exit 1; }
    # Bytes per ballot: each ballot is one JSON line in the archive; without its newline.
    python3 - <<'PY' > ballot-bytes
import glob, os
files = glob.glob("ballots/*.json")
sizes = [len(open(f, "rb").read().rstrip(b"\n")) for f in files]
print(sum(sizes) / len(sizes))
PY
  ) || die "the Belenios election in $dir failed"
}

echo "== machine: $(nproc) cores; $(belenios-tool --version | head -n1 | sed 's/^/belenios-tool /'); $(java -version 2>&1 | head -n1); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== Belenios: a $SMALL-ballot and a $N-ballot election (group BELENIOS-2048, 2-of-3 trustees)..."
belenios_election "$WORK/belenios-small" "$SMALL"
belenios_election "$WORK/belenios-large" "$N"

# Generation in CPU time as well (other processes on a shared machine stretch wall time).
b_gen_ms=$(python3 -c "print(1000 * ($(cpu belenios-$N-generate)) / $N)")
b_start_ms=$(python3 -c "print(1000 * ($(cpu belenios-$N-startup)) / 50)")
b_ver_ms=$(python3 -c "print(1000 * ($(cpu belenios-$N-verify-ballots) - $(cpu belenios-$SMALL-verify-ballots)) / ($N - $SMALL))")
b_ver_cores=$(python3 -c "w = $(field belenios-$N-verify-ballots 2); print(round(($(cpu belenios-$N-verify-ballots)) / w, 2) if w > 0 else 'n/a')")
b_bytes=$(cat "$WORK/belenios-large/ballot-bytes")

# ---------------------------------------------------------------- Unionhall

CLI="$ROOT/ballot-crypto/target/ballot-crypto-cli.jar"
BENCH="$ROOT/ballot-crypto/target/ballot-crypto-benchmarks.jar"
echo "== Unionhall: building the command line and the benchmarks if needed (not timed)..."
"$ROOT/unionhall" simulate --voters 3 --trustees 3 --threshold 2 --seed 1 --out "$WORK/warm-up" >/dev/null
(cd "$ROOT" && ./mvnw -B -q -o -Pbench -pl ballot-crypto package -DskipTests)
[ -f "$CLI" ] && [ -f "$BENCH" ] || die "the Unionhall jars were not built"

# unionhall_election COUNT: simulate (which also casts challenged ballots and revotes) and verify.
unionhall_election() {
  local count="$1" tag="unionhall-$1" dir="$WORK/unionhall-$1"
  timed "$tag-simulate" java -jar "$CLI" simulate --voters "$count" --trustees 3 --threshold 2 \
    --contest one-of-n:3 --seed "$count" --out "$dir" >/dev/null
  timed "$tag-verify" java -jar "$CLI" verify "$dir" > "$WORK/$tag-verify.out" 2>&1 \
    || { cat "$WORK/$tag-verify.out" >&2; die "Unionhall verify failed for $count voters"; }
  wc -l < "$dir/board.ndjson" > "$WORK/$tag-entries"
}
echo "== Unionhall: a $SMALL-voter and a $N-voter election (P-256, 2-of-3 trustees, one trustee missing)..."
unionhall_election "$SMALL"
unionhall_election "$N"
u_entries_small=$(cat "$WORK/unionhall-$SMALL-entries")
u_entries=$(cat "$WORK/unionhall-$N-entries")
u_ver_ms=$(python3 -c "print(1000 * ($(cpu unionhall-$N-verify) - $(cpu unionhall-$SMALL-verify)) / ($u_entries - $u_entries_small))")
u_ver_cores=$(python3 -c "print(round(($(cpu unionhall-$N-verify)) / $(field unionhall-$N-verify 2), 2))")
# Bytes per cast ballot: the whole board line (ballot, tracking code, link to the previous code).
u_bytes=$(python3 - "$WORK/unionhall-$N/board.ndjson" <<'PY'
import json, sys
sizes = [len(line.rstrip(b"\n")) for line in open(sys.argv[1], "rb") if json.loads(line)["state"] == "cast"]
print(sum(sizes) / len(sizes))
PY
)

echo "== Unionhall: one ballot on one thread, with JMH (encrypt+prove+sign; check from its board line)..."
java -jar "$BENCH" 'BallotBenchmark' -p contest=oneOf3 -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 \
  -prof org.unionhall.crypto.bench.CpuTimeProfiler \
  -rf json -rff "$WORK/jmh.json" > "$WORK/jmh.log" 2>&1 || { tail -n 30 "$WORK/jmh.log" >&2; die "JMH failed"; }
# Medians in ms: wall time, and process CPU time (which the other processes on a shared machine
# inflate far less).
read -r u_gen_ms u_gen_cpu_ms u_check_ms u_check_cpu_ms < <(python3 - "$WORK/jmh.json" <<'PY'
import json, statistics, sys
wall, cpu = {}, {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    wall[name] = statistics.median([v for fork in r["primaryMetric"]["rawData"] for v in fork])
    cpu[name] = statistics.median([v for fork in r["secondaryMetrics"]["cpu"]["rawData"] for v in fork]) / 1000
print(wall["encryptBallot"], cpu["encryptBallot"], wall["checkBallotFromBoardLine"], cpu["checkBallotFromBoardLine"])
PY
)

# ---------------------------------------------------------------- Side by side
echo
echo "1 question, 3 answers (one of three); $N voters; 2-of-3 trustees; $(nproc) cores; load now $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$b_gen_ms" "$b_start_ms" "$b_ver_ms" "$b_ver_cores" "$b_bytes" \
  "$u_gen_ms" "$u_gen_cpu_ms" "$u_check_ms" "$u_check_cpu_ms" "$u_ver_ms" "$u_ver_cores" "$u_bytes" <<'PY'
import sys
(b_gen, b_start, b_ver, b_cores, b_bytes, u_gen, u_gen_cpu, u_check, u_check_cpu, u_ver, u_cores,
 u_bytes) = (float(x) for x in sys.argv[1:])
rows = [
    ("ballot generation, CPU-ms per ballot", f"{b_gen:.1f} ({b_gen - b_start:.1f} without process start)",
     f"{u_gen_cpu:.2f} (JMH, one thread; wall {u_gen:.2f})", f"{(b_gen - b_start) / u_gen_cpu:.1f}x faster"),
    ("verification, CPU-ms per ballot (whole record, CLI)", f"{b_ver:.2f}", f"{u_ver:.2f}", ""),
    ("verification, ballots per core-second (CLI)", f"{1000 / b_ver:.0f}", f"{1000 / u_ver:.0f}",
     f"{b_ver / u_ver:.1f}x (target >= 8x: {'met' if b_ver / u_ver >= 8 else 'NOT met'})"),
    ("verification, ballots per second on one thread (JMH, wall)", "", f"{1000 / u_check:.0f}",
     f"{b_ver / u_check:.1f}x (target >= 8x: {'met' if b_ver / u_check >= 8 else 'NOT met'})"),
    ("verification, ballots per CPU-second on one thread (JMH)", "", f"{1000 / u_check_cpu:.0f}",
     f"{b_ver / u_check_cpu:.1f}x (target >= 8x: {'met' if b_ver / u_check_cpu >= 8 else 'NOT met'})"),
    ("cores the verifier kept busy (CPU / wall)", f"{b_cores:.2f}", f"{u_cores:.2f}", ""),
    ("bytes per ballot", f"{b_bytes:.0f}", f"{u_bytes:.0f} (board line, with tracking code)",
     f"{u_bytes / b_bytes:.3f} of Belenios (target <= 0.25: {'met' if u_bytes / b_bytes <= 0.25 else 'NOT met'})"),
]
w = [max(len(r[i]) for r in rows + [("", "Belenios 2.0", "Unionhall", "Unionhall vs Belenios")]) for i in range(4)]
print(f"{'':{w[0]}}  {'Belenios 2.0':>{w[1]}}  {'Unionhall':>{w[2]}}  Unionhall vs Belenios")
for r in rows:
    print(f"{r[0]:{w[0]}}  {r[1]:>{w[1]}}  {r[2]:>{w[2]}}  {r[3]}")
PY
