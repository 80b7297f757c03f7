#!/bin/sh
# Times encrypting a yes/no/abstain ballot with the booth's JavaScript in headless Chromium.
# Usage: web/src/main/frontend/tools/bench/bench.sh [ROUNDS]   (each round: 25 timed runs after 3 warm-ups)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
FRONTEND=$(cd "$HERE/../.." && pwd)
CHROMIUM=${UNIONHALL_CHROMIUM:-chromium}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cd "$FRONTEND"
[ -d node_modules ] || npm ci --prefer-offline --no-audit --no-fund --silent
node -e "import('esbuild').then(e => e.build({entryPoints: ['tools/bench/bench-entry.js'], bundle: true, format: 'iife', target: ['es2020'], minify: true, outfile: '$OUT/bench.js', logLevel: 'warning'}))"
cp "$HERE/bench.html" "$OUT/"
for round in $(seq 1 "${1:-1}"); do
  "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$OUT/profile" \
    --dump-dom "file://$OUT/bench.html" 2>/dev/null | sed -n 's:.*<pre id="result">\(.*\)</pre>.*:\1:p'
done
