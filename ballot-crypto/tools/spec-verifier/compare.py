#!/usr/bin/env python3
"""Run the reference CLI verifier and spec-verifier on the same record (and receipts) and compare:
exit status, status of every check, and which receipts are rejected.

  python3 compare.py JAR RECORD [RECEIPTS]       -> prints AGREE/DISAGREE, exit 0 iff they agree
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    rep = None
    if p.stdout.strip().startswith("{"):
        rep = json.loads(p.stdout)
    return p.returncode, rep, p.stderr.strip()


def summary(rc, rep):
    if rep is None:
        return rc, None, None
    sts = {c["id"]: c["status"].replace("_", " ").replace("-", " ").lower() for c in rep["checks"]}
    rej = len(rep.get("rejectedReceipts", []))
    return rc, sts, rej


def main(jar, rec, receipts=None):
    extra = ["--receipts", receipts] if receipts else []
    jr = run(["java", "-jar", jar, "verify", rec, "--json"] + extra)
    pr = run([sys.executable, os.path.join(HERE, "verify.py"), rec, "--json"] + extra)
    js, ps = summary(jr[0], jr[1]), summary(pr[0], pr[1])
    agree = js == ps
    name = os.path.basename(rec.rstrip("/"))
    print(("AGREE    " if agree else "DISAGREE ") + name + f"  exit java={jr[0]} spec={pr[0]}")
    fails = {}
    for who, r in (("java", jr), ("spec", pr)):
        if r[1] is None:
            print(f"   {who}: {r[2][:300]}")
            continue
        bad = {c["id"]: c["failures"][:2] for c in r[1]["checks"] if c["status"].lower() != "passed"}
        fails[who] = bad
        for cid, f in bad.items():
            st = [c["status"] for c in r[1]["checks"] if c["id"] == cid][0]
            print(f"   {who} {cid} {st}: {'; '.join(f)[:200]}")
        for x in r[1].get("rejectedReceipts", [])[:4]:
            print(f"   {who} rejected: {x[:200]}")
    if not agree and js[1] and ps[1]:
        for k in sorted(set(js[1]) | set(ps[1]), key=lambda s: int(s[1:])):
            if js[1].get(k) != ps[1].get(k):
                print(f"   differs {k}: java={js[1].get(k)} spec={ps[1].get(k)}")
        if js[2] != ps[2]:
            print(f"   rejected receipts: java={js[2]} spec={ps[2]}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
