#!/usr/bin/env bash
# Takes the user guide's screenshots of a member motion by secret ballot again: runs the browser
# tests MemberMotionIT and MyDataIT (headless Chromium against the real application with the demo data), which
# saves a picture of each step into docs/images when unionhall.screenshots names that folder.
# Usage: docs/screenshots.sh   (from anywhere; needs what ./unionhall test needs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -B -q install -DskipTests -pl ballot-crypto,governance-core,federation-api
exec ./unionhall test -pl web -Dit.test=MemberMotionIT,MyDataIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dunionhall.screenshots="$ROOT/docs/images"
