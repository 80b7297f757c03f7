#!/usr/bin/env python3
"""Make tampered copies of honest simulated records, to run both verifiers on (see run-cases.sh).

  python3 make_cases.py OUT V2_RECORD V2_RECEIPTS V1_RECORD SCORE_RECORD OTHER_RECEIPTS
Writes OUT/<case>/ (a record) and, for cases with receipts, OUT/<case>.receipts (a folder), and
OUT/cases.txt: one line "case receipts-or-empty".
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verify as V  # noqa: E402

out, v2, v2r, v1, score, other_r = sys.argv[1:7]
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
cases = []


def canon(v):
    return V.canon(v)


def copy(src, name, receipts=None):
    d = os.path.join(out, name)
    shutil.copytree(src, d)
    r = ""
    if receipts:
        r = d + ".receipts"
        if os.path.isdir(receipts):
            shutil.copytree(receipts, r)
        else:
            os.makedirs(r)
            shutil.copy(receipts, r)
    cases.append((name, r))
    return d, r


def rd(d, f):
    return open(os.path.join(d, f), encoding="utf-8").read()


def wr(d, f, text):
    with open(os.path.join(d, f), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def board(d):
    return [json.loads(x) for x in rd(d, "board.ndjson").splitlines()]


def put_board(d, entries):
    wr(d, "board.ndjson", "".join(canon(e) + "\n" for e in entries))


def rechain(d, entries):
    """Renumber seq and recompute every code from the context as written (the §14 attack)."""
    ctx = json.loads(rd(d, "context.json"))
    el = json.loads(rd(d, "election.json"))
    HE = V.b64d(ctx["extendedHash"])
    ver = 2 if el["format"].endswith("/2") else 1
    prev = V.genesis(HE, ver, ctx)
    for i, e in enumerate(entries, 1):
        e["seq"] = i
        prev = V.code_step(HE, prev, i, e["state"], V.written_digest(HE, e))
        e["code"] = V.b64e(prev)
    put_board(d, entries)


def setj(d, f, **kv):
    o = json.loads(rd(d, f))
    o.update(kv)
    wr(d, f, canon(o))


def flip_char(s, pos=10):
    c = s[pos]
    return s[:pos] + ("A" if c != "A" else "B") + s[pos + 1:]


B0 = board(v2)
cast_idx = [i for i, e in enumerate(B0) if e["state"] == "cast"]
chal_idx = [i for i, e in enumerate(B0) if e["state"] == "challenged"]

# 1. honest
copy(v2, "honest-v2", v2r)
copy(v1, "honest-v1")
# 2. drop an entry and re-chain every later code (§14) -- receipts expose it
d, r = copy(v2, "drop-rechain", v2r)
b = board(d)
del b[4]
rechain(d, b)
# 2b. same attack, no receipts: passes V1-V17
d, r = copy(v2, "drop-rechain-noreceipts")
b = board(d)
del b[4]
rechain(d, b)
# 2c. only the receipt of the dropped ballot
d, r = copy(v2, "drop-rechain-one-receipt", os.path.join(v2r, "receipt-000005.json"))
b = board(d)
del b[4]
rechain(d, b)
# 3. flip a byte in a ballot (alpha of line 3)
d, r = copy(v2, "flip-alpha")
b = board(d)
s = b[2]["ballot"]["contests"][0]["selections"][0]
s["alpha"] = flip_char(s["alpha"])
put_board(d, b)
# 3b. flip a byte in a proof and re-chain (so only the proof checks fail)
d, r = copy(v2, "flip-proof-rechained")
b = board(d)
s = b[2]["ballot"]["contests"][0]["selections"][1]
s["proof"] = flip_char(s["proof"], 30)
rechain(d, b)
# 3c. flip a byte in a signature (not covered by the code)
d, r = copy(v2, "flip-signature")
b = board(d)
b[cast_idx[0]]["ballot"]["signature"] = flip_char(b[cast_idx[0]]["ballot"]["signature"], 30)
put_board(d, b)
# 4. eligible changed (still >= roll): code_0 changes
d, r = copy(v2, "eligible-changed", v2r)
setj(d, "context.json", eligible=json.loads(rd(d, "context.json"))["eligible"] + 1)
# 4b. eligible below the roll size
d, r = copy(v2, "eligible-below-roll")
setj(d, "context.json", eligible=5)
rechain(d, board(d))
# 4c. eligible below roll, no closing and no later files
d, r = copy(v2, "eligible-below-roll-open")
setj(d, "context.json", eligible=5)
rechain(d, board(d))
for f in ("closing.json", "tally.json", "decryption.json", "result.json"):
    os.remove(os.path.join(d, f))
# 5. opened changed
d, r = copy(v2, "opened-changed")
setj(d, "context.json", opened="2026-12-06T23:04:00Z")
# 5b. opened not a real date, chain rebuilt
d, r = copy(v2, "opened-invalid-date")
setj(d, "context.json", opened="2026-02-30T23:04:00Z")
rechain(d, board(d))
# 5c. closed before opened
d, r = copy(v2, "closed-before-opened")
setj(d, "closing.json", closed="2026-12-06T23:04:59Z")
# 5d. closed = opened
d, r = copy(v2, "closed-equals-opened")
setj(d, "closing.json", closed="2026-12-06T23:05:00Z")
# 5e. closed with offset
d, r = copy(v2, "closed-offset")
setj(d, "closing.json", closed="2026-12-06T23:10:00+00:00")
# 5f. closing.json extra field
d, r = copy(v2, "closing-extra-field")
setj(d, "closing.json", note="x")
# 6. forged receipt: signature changed
rc = os.path.join(v2r, "receipt-000003.json")
d, r = copy(v2, "forged-receipt", rc)
t = json.loads(rd(r, "receipt-000003.json"))
t["signature"] = flip_char(t["signature"], 40)
wr(r, "receipt-000003.json", canon(t) + "\n")
# 6b. receipt with another seq (signature no longer checks)
d, r = copy(v2, "receipt-seq-changed", rc)
t = json.loads(rd(r, "receipt-000003.json"))
t["seq"] = 4
wr(r, "receipt-000003.json", canon(t) + "\n")
# 7. receipts of another election
copy(v2, "other-election-receipts", other_r)
# 7b. receipts on a version 1 record
copy(v1, "v1-with-receipts", v2r)
# 7c. unreadable receipts: garbage, non-canonical, v >= q, CRLF and blank lines
d, r = copy(v2, "receipt-texts", rc)
good = rd(r, "receipt-000003.json").strip()
t = json.loads(good)
wr(r, "a-garbage.txt", "hello\r\n\r\n  " + good + "  \r\n")
wr(r, "b-noncanon.txt", json.dumps(t) + "\n")
t2 = dict(t, signature=V.b64e(b"\x00" * 16 + b"\xff" * 32))
wr(r, "c-bigv.txt", canon(t2) + "\n")
t3 = dict(t, format="unionhall-receipt/1")
wr(r, "d-format.txt", canon(t3) + "\n")
t4 = dict(t, seq=0)
wr(r, "e-seq0.txt", canon(t4) + "\n")
t5 = dict(t, extra=1)
wr(r, "f-extra.txt", canon(t5) + "\n")
# 8. extra files and folders
d, r = copy(v2, "extra-files")
wr(d, "README.txt", "hello")
os.makedirs(os.path.join(d, "backup"))
wr(os.path.join(d, "backup"), "board.ndjson", "garbage")
# 8b. closing.json in a version 1 record is just another file (even malformed)
d, r = copy(v1, "v1-closing-ignored")
wr(d, "closing.json", "not json")
# 9. non-canonical JSON
d, r = copy(v2, "noncanon-space")
wr(d, "election.json", rd(d, "election.json").replace(",", ", ", 1))
d, r = copy(v2, "noncanon-keyorder")
lines = rd(d, "board.ndjson").split("\n")
e = json.loads(lines[0])
lines[0] = '{"code":' + json.dumps(e["code"]) + ',"ballot":' + canon(e["ballot"]) + ',"seq":1,"state":' + \
    json.dumps(e["state"]) + "}"
wr(d, "board.ndjson", "\n".join(lines))
d, r = copy(v2, "noncanon-trailing-newline")
wr(d, "tally.json", rd(d, "tally.json") + "\n")
d, r = copy(v2, "noncanon-crlf-roll")
wr(d, "roll.ndjson", rd(d, "roll.ndjson").replace("\n", "\r\n"))
d, r = copy(v2, "noncanon-no-final-lf")
wr(d, "board.ndjson", rd(d, "board.ndjson").rstrip("\n"))
d, r = copy(v2, "noncanon-escape")
wr(d, "election.json", rd(d, "election.json").replace("Simulated", "\\u0053imulated"))
d, r = copy(v2, "noncanon-bom")
wr(d, "context.json", "\ufeff" + rd(d, "context.json"))
d, r = copy(v2, "noncanon-empty-line")
wr(d, "board.ndjson", rd(d, "board.ndjson") + "\n")
d, r = copy(v2, "noncanon-dup-key")
wr(d, "closing.json", '{"closed":"2026-12-06T23:10:00Z","closed":"2026-12-06T23:10:00Z"}')
d, r = copy(v2, "noncanon-float")
wr(d, "tally.json", rd(d, "tally.json").replace('"totalWeight":', '"totalWeight":1.0e0,"x":'))
d, r = copy(v2, "result-null")
wr(d, "result.json", '{"contests":null}')
d, r = copy(v2, "empty-board-file")
wr(d, "board.ndjson", "")
for f in ("closing.json", "tally.json", "decryption.json", "result.json"):
    os.remove(os.path.join(d, f))
# 10. missing limit vs "limit":"" (score contest has no limit proof)
d, r = copy(score, "score-limit-empty-string")
b = board(d)
b[0]["ballot"]["contests"][0]["limit"] = ""
put_board(d, b)
d, r = copy(v2, "limit-removed")
b = board(d)
del b[0]["ballot"]["contests"][0]["limit"]
put_board(d, b)
d, r = copy(v2, "limit-removed-rechained")
b = board(d)
del b[0]["ballot"]["contests"][0]["limit"]
rechain(d, b)
d, r = copy(v2, "limit-empty-rechained")
b = board(d)
b[0]["ballot"]["contests"][0]["limit"] = ""
rechain(d, b)
d, r = copy(v2, "limit-not-string")
b = board(d)
b[0]["ballot"]["contests"][0]["limit"] = 7
put_board(d, b)
# 11. non-base64url fields
d, r = copy(v2, "alpha-not-b64u")
b = board(d)
s = b[1]["ballot"]["contests"][0]["selections"][0]
s["alpha"] = s["alpha"][:5] + "+" + s["alpha"][6:]
put_board(d, b)
d, r = copy(v2, "alpha-padded")
b = board(d)
s = b[1]["ballot"]["contests"][0]["selections"][0]
s["alpha"] = s["alpha"] + "="
put_board(d, b)
d, r = copy(v2, "code-trailing-bits")
b = board(d)
c = b[1]["code"]
alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
b[1]["code"] = c[:-1] + alph[alph.index(c[-1]) ^ 1]
put_board(d, b)
d, r = copy(v2, "roll-credential-not-b64u")
ls = rd(d, "roll.ndjson").split("\n")
e = json.loads(ls[0])
e["credential"] = "!" + e["credential"][1:]
ls[0] = canon(e)
wr(d, "roll.ndjson", "\n".join(ls))
# 12. phase order
d, r = copy(v2, "no-closing-but-tally")
os.remove(os.path.join(d, "closing.json"))
d, r = copy(v2, "no-tally-but-decryption")
os.remove(os.path.join(d, "tally.json"))
d, r = copy(v2, "only-result-missing")
os.remove(os.path.join(d, "result.json"))
d, r = copy(v2, "only-decryption-missing")
os.remove(os.path.join(d, "decryption.json"))
d, r = copy(v2, "no-board-but-closing", v2r)
os.remove(os.path.join(d, "board.ndjson"))
d, r = copy(v2, "voting-open", v2r)
for f in ("closing.json", "tally.json", "decryption.json", "result.json"):
    os.remove(os.path.join(d, f))
d, r = copy(v2, "before-voting", v2r)
for f in ("board.ndjson", "closing.json", "tally.json", "decryption.json", "result.json"):
    os.remove(os.path.join(d, f))
d, r = copy(v2, "missing-roll")
os.remove(os.path.join(d, "roll.ndjson"))
# 13. ceremony
d, r = copy(v2, "announcements-swapped")
o = json.loads(rd(d, "ceremony.json"))
o["announcements"][0], o["announcements"][1] = o["announcements"][1], o["announcements"][0]
wr(d, "ceremony.json", canon(o))
d, r = copy(v2, "share-mac-short")
o = json.loads(rd(d, "ceremony.json"))
o["shares"][0]["mac"] = o["shares"][0]["mac"][:-2]
wr(d, "ceremony.json", canon(o))
d, r = copy(v2, "jointkey-wrong")
ctx = json.loads(rd(d, "context.json"))
setj(d, "context.json", jointKey=ctx["boardKey"])
d, r = copy(v2, "basehash-wrong")
setj(d, "context.json", baseHash=ctx["extendedHash"])
d, r = copy(v2, "manifest-bad-method")
o = json.loads(rd(d, "election.json"))
o["contests"][0]["method"] = "Yes-no-abstain"
wr(d, "election.json", canon(o))
d, r = copy(v2, "roll-weight-changed")
ls = rd(d, "roll.ndjson").split("\n")
e = json.loads(ls[0])
e["weight"] += 1
ls[0] = canon(e)
wr(d, "roll.ndjson", "\n".join(ls))
d, r = copy(v2, "roll-weight-zero")
ls = rd(d, "roll.ndjson").split("\n")
e = json.loads(ls[0])
e["weight"] = 0
ls[0] = canon(e)
wr(d, "roll.ndjson", "\n".join(ls))
# 14. board content
d, r = copy(v2, "replay-rechained", v2r)
b = board(d)
b.append(json.loads(json.dumps(b[cast_idx[0]])))
rechain(d, b)
d, r = copy(v2, "extra-field-entry")
b = board(d)
b[0]["note"] = "x"
put_board(d, b)
d, r = copy(v2, "opening-value-changed")
b = board(d)
op = b[chal_idx[0]]["opening"][0]
op[0]["value"], op[1]["value"] = op[1]["value"], op[0]["value"]
put_board(d, b)
d, r = copy(v2, "opening-nonce-not-b64u")
b = board(d)
b[chal_idx[0]]["opening"][0][0]["nonce"] = "***"
put_board(d, b)
d, r = copy(v2, "opening-missing-option")
b = board(d)
del b[chal_idx[0]]["opening"][0][2]
put_board(d, b)
d, r = copy(v2, "opening-on-cast")
b = board(d)
b[cast_idx[0]]["opening"] = []
put_board(d, b)
d, r = copy(v2, "state-flipped-rechained", v2r)
b = board(d)
b[chal_idx[0]]["state"] = "cast"
del b[chal_idx[0]]["opening"]
rechain(d, b)
d, r = copy(v2, "seq-wrong")
b = board(d)
b[3]["seq"] = 99
put_board(d, b)
d, r = copy(v2, "fork-basis-rechained", v2r)
setj(d, "context.json", eligibleBasis="someone else")
rechain(d, board(d))
d, r = copy(v2, "truncated-board", v2r)
b = board(d)
put_board(d, b[:-1])
d, r = copy(v2, "reordered-rechained", v2r)
b = board(d)
b[5], b[6] = b[6], b[5]
rechain(d, b)
# 15. tally / decryption / result
d, r = copy(v2, "tally-weight-changed")
setj(d, "tally.json", totalWeight=json.loads(rd(d, "tally.json"))["totalWeight"] + 1)
d, r = copy(v2, "tally-cell-swapped")
o = json.loads(rd(d, "tally.json"))
o["contests"][0][0], o["contests"][0][1] = o["contests"][0][1], o["contests"][0][0]
wr(d, "tally.json", canon(o))
d, r = copy(v2, "result-count-changed")
o = json.loads(rd(d, "result.json"))
o["contests"][0]["counts"][0] += 1
wr(d, "result.json", canon(o))
d, r = copy(v2, "decryption-below-threshold")
o = json.loads(rd(d, "decryption.json"))
o["trustees"] = o["trustees"][:1]
wr(d, "decryption.json", canon(o))
d, r = copy(v2, "decryption-share-swapped")
o = json.loads(rd(d, "decryption.json"))
p = o["trustees"][0]["partials"]
p[0]["share"], p[1]["share"] = p[1]["share"], p[0]["share"]
wr(d, "decryption.json", canon(o))
d, r = copy(v2, "result-id-changed")
o = json.loads(rd(d, "result.json"))
o["contests"][0]["id"] = "other"
wr(d, "result.json", canon(o))

# 16. where the reference draws the line between checks (probed, then written into §11.1)
import p256  # noqa: E402
_x = 5
while True:
    try:
        p256.decode(b"\2" + _x.to_bytes(32, "big"))
        _x += 1
    except p256.DecodeError:
        break
OFF = V.b64e(b"\2" + _x.to_bytes(32, "big"))


def cer(name, fn):
    d, r = copy(v2, name)
    o = json.loads(rd(d, "ceremony.json"))
    fn(o)
    wr(d, "ceremony.json", canon(o))


cer("share-mac-31-bytes", lambda o: o["shares"][0].update(mac=V.b64e(b"\1" * 31)))
cer("share-mac-not-b64u", lambda o: o["shares"][0].update(mac=o["shares"][0]["mac"][:-2]))
cer("share-extra-field", lambda o: o["shares"][0].update(x=1))
cer("share-from-string", lambda o: o["shares"][0].update(**{"from": "1"}))
cer("share-ephemeral-off-curve", lambda o: o["shares"][0].update(ephemeral=OFF))
cer("ceremony-extra-field", lambda o: o.update(x=1))
cer("announcement-key-off-curve", lambda o: o["announcements"][0].update(encryptionKey=OFF))
cer("announcement-trustee-9", lambda o: o["announcements"][2].update(trustee=9))
cer("announcement-commitment-missing", lambda o: o["announcements"][1]["commitments"].pop())
cer("shares-one-missing", lambda o: o["shares"].pop())


def opn(name, fn):
    d, r = copy(v2, name)
    b = board(d)
    fn(b[chal_idx[0]])
    put_board(d, b)


opn("opening-nonce-31-bytes", lambda e: e["opening"][0][0].update(nonce=V.b64e(b"\1" * 31)))
opn("opening-nonce-geq-q", lambda e: e["opening"][0][0].update(nonce=V.b64e(b"\xff" * 32)))
opn("opening-nonce-zero", lambda e: e["opening"][0][0].update(nonce=V.b64e(b"\0" * 32)))
opn("opening-value-string", lambda e: e["opening"][0][0].update(value="1"))
opn("opening-value-negative", lambda e: e["opening"][0][0].update(value=-1))
opn("opening-value-2p31", lambda e: e["opening"][0][0].update(value=2 ** 31))
opn("opening-value-2p31-1", lambda e: e["opening"][0][0].update(value=2 ** 31 - 1))
opn("opening-not-array", lambda e: e.update(opening={}))
opn("opening-contest-not-array", lambda e: e["opening"].__setitem__(0, 5))
opn("opening-extra-contest", lambda e: e["opening"].append([]))
opn("opening-field-missing", lambda e: e["opening"][0][0].pop("value"))
d, r = copy(v2, "seq-string")
b = board(d)
b[3]["seq"] = "4"
put_board(d, b)
d, r = copy(v2, "state-unknown")
b = board(d)
b[3]["state"] = "spoiled"
put_board(d, b)
d, r = copy(v2, "board-line-not-object")
ls = rd(d, "board.ndjson").split("\n")
ls[2] = "[]"
wr(d, "board.ndjson", "\n".join(ls))
d, r = copy(v2, "alpha-off-curve")
b = board(d)
b[0]["ballot"]["contests"][0]["selections"][0]["alpha"] = OFF
put_board(d, b)
d, r = copy(v2, "context-version-1-fields")
o = json.loads(rd(d, "context.json"))
for k in ("boardKey", "opened", "eligible", "eligibleBasis"):
    del o[k]
wr(d, "context.json", canon(o))
d, r = copy(v2, "eligible-basis-empty")
setj(d, "context.json", eligibleBasis="")
d, r = copy(v2, "receipt-not-utf8", rc)
with open(os.path.join(r, "z-binary.txt"), "wb") as fh:
    fh.write(b"\xff\xfe\n\n  \nhello\n")

with open(os.path.join(out, "cases.txt"), "w") as f:
    for name, r in cases:
        f.write(f"{name} {r}\n")
print(len(cases), "cases in", out)
