#!/usr/bin/env bash
# Takes the user guide's screenshots again: runs the browser tests MemberMotionIT (a member motion
# by secret ballot), AccountPagesIT, MyDataIT, TwoFactorIT (two-factor sign-in and sessions),
# ShapingPagesIT (founding a chapter, describing the union, the landing page and a union's public
# page), SignUpPagesIT (the sign-up form), InvitationPagesIT (inviting, importing and accepting)
# and OperatorMailPageIT (the operator's mail page), headless Chromium against the real
# application with the demo data, and FirstRunIT (a new installation without it), which save a
# picture of each step into docs/images when unionhall.screenshots names that folder.
# Usage: docs/screenshots.sh   (from anywhere; needs what ./unionhall test needs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -B -q install -DskipTests -pl ballot-crypto,governance-core,federation-api
exec ./unionhall test -pl web -Dit.test=MemberMotionIT,AccountPagesIT,FirstRunIT,MyDataIT,ShapingPagesIT,SignUpPagesIT,InvitationPagesIT,OperatorMailPageIT,TwoFactorIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dunionhall.screenshots="$ROOT/docs/images"
