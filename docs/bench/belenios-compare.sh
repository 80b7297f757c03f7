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
# - Ballot size is the bytes of each cast ballot exactly as stored in the record (Belenios: the
#   ballot JSON line in its archive; Unionhall: the ballot's file in the record), averaged.
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

b_gen_ms=$(python3 -c "print(1000 * ($(field belenios-$N-generate 2)) / $N)")
b_start_ms=$(python3 -c "print(1000 * ($(field belenios-$N-startup 2)) / 50)")
b_ver_ms=$(python3 -c "print(1000 * ($(cpu belenios-$N-verify-ballots) - $(cpu belenios-$SMALL-verify-ballots)) / ($N - $SMALL))")
b_ver_cores=$(python3 -c "w = $(field belenios-$N-verify-ballots 2); print(round(($(cpu belenios-$N-verify-ballots)) / w, 2) if w > 0 else 'n/a')")
b_bytes=$(cat "$WORK/belenios-large/ballot-bytes")

printf 'Belenios: generate %.1f ms/ballot (of which process start %.1f ms); verify %.2f CPU-ms/ballot = %.0f ballots per core-second (verify used %s cores); %.0f bytes/ballot\n' \
  "$b_gen_ms" "$b_start_ms" "$b_ver_ms" "$(python3 -c "print(1000 / $b_ver_ms)")" "$b_ver_cores" "$b_bytes"
