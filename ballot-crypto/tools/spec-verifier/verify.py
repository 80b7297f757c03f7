#!/usr/bin/env python3
"""Independent verifier of a Unionhall election record (unionhall-election/1 and /2), written from
docs/protocol.md alone (no look at the Java sources nor at tools/independent-verifier.py).

  python3 verify.py RECORD_DIR [--receipts FILE_OR_DIR] [--json]
  python3 verify.py --kat            # recompute the known-answer values of §13

Exit status as §12: 0 every check passed, 1 a check failed or the record is incomplete,
2 the record or the receipts cannot be read.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p256  # noqa: E402
from p256 import Q, DecodeError  # noqa: E402

MAX_SAFE = 2 ** 53 - 1
U31 = 2 ** 31 - 1


# ---------------------------------------------------------------- §2 encodings

class Bad(Exception):
    """A value that does not decode; the message is the reason."""


def b64d(s, what="value"):
    if not isinstance(s, str):
        raise Bad(f"{what}: not a string")
    if not re.fullmatch(r"[A-Za-z0-9_-]*", s) or len(s) % 4 == 1:
        raise Bad(f"{what}: not base64url")
    b = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    if b64e(b) != s:
        raise Bad(f"{what}: not canonical base64url")
    return b


def b64e(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def elem(s, what="element"):
    b = b64d(s, what)
    try:
        return p256.decode(b)
    except DecodeError as e:
        raise Bad(f"{what}: {e}")


def hash32(s, what="hash"):
    b = b64d(s, what)
    if len(b) != 32:
        raise Bad(f"{what}: not 32 bytes")
    return b


def scalar(b, what="scalar"):
    if len(b) != 32:
        raise Bad(f"{what}: scalar check: not 32 bytes")
    x = int.from_bytes(b, "big")
    if x >= Q:
        raise Bad(f"{what}: scalar check: >= q")
    return x


def pairs(b, n, what="proof"):
    """Split 48*n bytes into n (challenge, response) pairs; response < q."""
    if len(b) != 48 * n:
        raise Bad(f"{what}: length {len(b)} is not {48 * n}")
    out = []
    for i in range(n):
        c = int.from_bytes(b[48 * i:48 * i + 16], "big")
        v = scalar(b[48 * i + 16:48 * i + 48], what)
        out.append((c, v))
    return out


def isint(v):
    return isinstance(v, int) and not isinstance(v, bool)


def fields(obj, names, optional=(), what="object"):
    if not isinstance(obj, dict):
        raise Bad(f"{what}: not an object")
    ks = set(obj)
    need = set(names)
    if not need <= ks or not ks <= need | set(optional):
        raise Bad(f"{what}: fields {sorted(ks)} instead of {sorted(need)}"
                  + (f" (+ optional {sorted(optional)})" if optional else ""))
    return obj


def u32(n):
    return n.to_bytes(4, "big")


def u64(n):
    return n.to_bytes(8, "big")


def utf8(s):
    return s.encode("utf-8")


# ---------------------------------------------------------------- §3 hashing

def frame(tag, *parts):
    out = [u32(len(tag)), tag.encode("ascii")]
    for p in parts:
        out.append(u32(len(p)))
        out.append(p)
    return b"".join(out)


def H(tag, *parts):
    return hashlib.sha256(frame(tag, *parts)).digest()


def HK(key, tag, *parts):
    return hmac.new(key, frame(tag, *parts), hashlib.sha256).digest()


def CH(key, tag, *parts):
    return int.from_bytes(HK(key, tag, *parts)[:16], "big")


def encp(pt):
    """enc() of a commitment inside a challenge: the identity is the single byte 00 (§3.1)."""
    return b"\x00" if pt is None else p256.encode(pt)


# ---------------------------------------------------------------- §5 proofs

_fixed = {}


def fixed(pt):
    key = p256.encode(pt)
    f = _fixed.get(key)
    if f is None:
        if len(_fixed) > 64:
            _fixed.clear()
        f = _fixed[key] = p256.Fixed(pt)
    return f


def schnorr_ok(key, tag, ctx, X, proof48):
    (c, v), = pairs(proof48, 1, "Schnorr proof")
    h = p256.add(p256.gmul(v), p256.mul(X, c))
    return c == CH(key, tag, *ctx, p256.encode(X), encp(h))


def range_ok(HE, tag, ctx, lo, hi, K, alpha, beta, proof):
    prs = pairs(proof, hi - lo + 1, "range proof")
    KF = fixed(K)
    parts = []
    total = 0
    for idx, i in enumerate(range(lo, hi + 1)):
        c, v = prs[idx]
        total += c
        a = p256.add(p256.gmul(v), p256.mul(alpha, c))
        bg = p256.sub(beta, p256.gmul(i)) if i else beta
        b = p256.add(KF.mul(v), p256.mul(bg, c))
        parts += [encp(a), encp(b)]
    return total % (1 << 128) == CH(HE, tag, *ctx, u32(lo), u32(hi), p256.encode(K),
                                    p256.encode(alpha), p256.encode(beta), *parts)


def equality_ok(key, tag, ctx, Pp, A, M, proof48):
    (c, v), = pairs(proof48, 1, "equality proof")
    a = p256.add(p256.gmul(v), p256.mul(Pp, c))
    b = p256.add(p256.mul(A, v), p256.mul(M, c))
    return c == CH(key, tag, *ctx, p256.encode(Pp), p256.encode(A), p256.encode(M), encp(a), encp(b))


def lagrange(Qset):
    lam = {}
    for j in Qset:
        num, den = 1, 1
        for l in Qset:
            if l != j:
                num = num * l % Q
                den = den * (l - j) % Q
        lam[j] = num * pow(den, -1, Q) % Q
    return lam


# ---------------------------------------------------------------- §10.1 canonical JSON

class Unreadable(Exception):
    pass


def _canon_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o == 8:
            out.append("\\b")
        elif o == 9:
            out.append("\\t")
        elif o == 10:
            out.append("\\n")
        elif o == 12:
            out.append("\\f")
        elif o == 13:
            out.append("\\r")
        elif o < 0x20:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canon(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isint(v):
        if abs(v) > MAX_SAFE:
            raise Unreadable("integer beyond 2^53-1")
        return str(v)
    if isinstance(v, str):
        return _canon_str(v)
    if isinstance(v, list):
        return "[" + ",".join(canon(x) for x in v) + "]"
    if isinstance(v, dict):
        ks = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_canon_str(k) + ":" + canon(v[k]) for k in ks) + "}"
    raise Unreadable("null, fraction or exponent")


def _pairs_hook(ps):
    d = {}
    for k, v in ps:
        if k in d:
            raise Unreadable(f"duplicate key {k!r}")
        d[k] = v
    return d


def parse_canonical(text):
    try:
        v = json.loads(text, object_pairs_hook=_pairs_hook,
                       parse_float=lambda s: (_ for _ in ()).throw(Unreadable("fraction")),
                       parse_constant=lambda s: (_ for _ in ()).throw(Unreadable("constant")))
    except Unreadable:
        raise
    except ValueError as e:
        raise Unreadable(f"malformed JSON ({e})")
    try:
        if canon(v) != text:
            raise Unreadable("JSON is not canonical")
    except RecursionError:
        raise Unreadable("too deep")
    return v


def read_text(path, name):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        raise Unreadable(f"{name}: byte-order mark")
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise Unreadable(f"{name}: not UTF-8")


def read_json_file(path, name):
    text = read_text(path, name)
    try:
        return parse_canonical(text)
    except Unreadable as e:
        raise Unreadable(f"{name}: {e}")


def read_ndjson(path, name):
    text = read_text(path, name)
    if text == "":
        return []
    if "\r" in text:
        raise Unreadable(f"{name}: CR in file")
    if not text.endswith("\n"):
        raise Unreadable(f"{name}: last line does not end with LF")
    out = []
    for k, line in enumerate(text[:-1].split("\n"), 1):
        if line == "":
            raise Unreadable(f"{name}: line {k} is empty")
        try:
            out.append(parse_canonical(line))
        except Unreadable as e:
            raise Unreadable(f"{name}: line {k}: {e}")
    return out


# ---------------------------------------------------------------- report

ORDER = ["V%d" % i for i in range(1, 19)]


class Check:
    def __init__(self, cid):
        self.id = cid
        self.status = "not yet"
        self.checked = 0
        self.failed = 0
        self.failures = []

    def ok(self, n=1):
        self.checked += n
        if self.status == "not yet":
            self.status = "passed"

    def fail(self, msg):
        self.checked += 1
        self.failed += 1
        self.status = "failed"
        if len(self.failures) < 5:
            self.failures.append(msg)

    def block(self, msg):
        self.status = "failed"
        self.failures = ["not checked: " + msg]

    def start(self):
        if self.status == "not yet":
            self.status = "passed"

    def js(self):
        return {"id": self.id, "status": self.status, "checked": self.checked,
                "failed": self.failed, "failures": self.failures}


INSTANT = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z")


def instant_ok(s):
    if not isinstance(s, str):
        return False
    m = INSTANT.fullmatch(s)
    if not m:
        return False
    y, mo, d, h, mi, se = map(int, m.groups())
    import calendar
    if not (1 <= mo <= 12) or h > 23 or mi > 59 or se > 59:
        return False
    return 1 <= d <= calendar.monthrange(y, mo)[1] if y >= 1 else False


# ---------------------------------------------------------------- manifest §8.1

def manifest_check(e):
    fields(e, ["contests", "election", "format", "group", "threshold", "title", "trustees"], what="election.json")
    if e["format"] not in ("unionhall-election/1", "unionhall-election/2"):
        raise Bad("unknown format")
    if e["group"] != "P-256":
        raise Bad("group is not P-256")
    for k in ("threshold", "trustees"):
        if not isint(e[k]) or not 0 <= e[k] <= U31:
            raise Bad(f"{k} not an integer in 0..2^31-1")
    if not 1 <= e["threshold"] <= e["trustees"]:
        raise Bad("not 1 <= t <= n")
    if not isinstance(e["election"], str) or e["election"] == "":
        raise Bad("election id empty or not a string")
    if not isinstance(e["title"], str):
        raise Bad("title not a string")
    cs = e["contests"]
    if not isinstance(cs, list) or not cs:
        raise Bad("no contests")
    ids = set()
    for c in cs:
        fields(c, ["id", "max", "method", "min", "options", "question", "range"], what="contest")
        if not isinstance(c["id"], str) or c["id"] == "":
            raise Bad("contest id empty")
        if c["id"] in ids:
            raise Bad("contest ids not distinct")
        ids.add(c["id"])
        if not isinstance(c["question"], str):
            raise Bad("question not a string")
        if not isinstance(c["options"], list) or not all(isinstance(o, str) for o in c["options"]):
            raise Bad("options not strings")
        for k in ("min", "max", "range"):
            if not isint(c[k]) or not 0 <= c[k] <= U31:
                raise Bad(f"{k} not an integer in 0..2^31-1")
        n, mn, mx, r, m = len(c["options"]), c["min"], c["max"], c["range"], c["method"]
        if m == "yes-no-abstain":
            good = n == 3 and r == 1 and mn == 1 and mx == 1
        elif m == "one-of-n":
            good = n >= 2 and r == 1 and mn == 1 and mx == 1
        elif m == "approval":
            good = n >= 1 and r == 1 and 0 <= mn <= mx <= n
        elif m == "score":
            good = n >= 1 and 1 <= r <= 20 and mn == 0 and mx == n * r
        else:
            raise Bad(f"unknown method {m!r}")
        if not good:
            raise Bad(f"contest {c['id']}: options/range/min/max do not fit method {m}")


def has_limit(c):
    return not (c["min"] == 0 and c["max"] == len(c["options"]) * c["range"])


def base_hash(e):
    parts = [utf8(e["format"]), utf8("P-256"), utf8(e["election"]), utf8(e["title"]),
             u32(e["trustees"]), u32(e["threshold"]), u32(len(e["contests"]))]
    for c in e["contests"]:
        parts += [utf8(c["id"]), utf8(c["question"]), utf8(c["method"]), u32(c["min"]), u32(c["max"]),
                  u32(c["range"]), u32(len(c["options"]))] + [utf8(o) for o in c["options"]]
    return H("unionhall/v1/election-base", *parts)


# ---------------------------------------------------------------- board digests §8.3, §8.5

def written_digest(HE, entry):
    """ballotDigest of the bytes as written; raises Bad when undefined."""
    if not isinstance(entry, dict) or "ballot" not in entry:
        raise Bad("no ballot")
    bal = entry["ballot"]
    if not isinstance(bal, dict) or "credential" not in bal or "contests" not in bal:
        raise Bad("ballot without credential or contests")
    cs = bal["contests"]
    if not isinstance(cs, list):
        raise Bad("contests not an array")
    parts = [b64d(bal["credential"], "credential"), u32(len(cs))]
    for c in cs:
        if not isinstance(c, dict) or "selections" not in c or not isinstance(c["selections"], list):
            raise Bad("contest without selections array")
        parts.append(u32(len(c["selections"])))
        for s in c["selections"]:
            if not isinstance(s, dict) or not all(k in s for k in ("alpha", "beta", "proof")):
                raise Bad("selection without alpha, beta or proof")
            parts += [b64d(s["alpha"], "alpha"), b64d(s["beta"], "beta"), b64d(s["proof"], "proof")]
        parts.append(b64d(c["limit"], "limit") if "limit" in c else b"")
    return HK(HE, "unionhall/v1/ballot", *parts)


def genesis(HE, version, ctx):
    if version == 1:
        return HK(HE, "unionhall/v1/board-genesis")
    return HK(HE, "unionhall/v2/board-genesis", b64d(ctx["boardKey"]), utf8(ctx["opened"]),
              u64(ctx["eligible"]), utf8(ctx["eligibleBasis"]))


def code_step(HE, prev, seq, state, digest):
    return HK(HE, "unionhall/v1/tracking-code", prev, u64(seq), utf8(state), digest)


# ---------------------------------------------------------------- receipts §8.8

RECEIPT_FIELDS = ["code", "election", "format", "previous", "seq", "signature", "state"]


def parse_receipt(text):
    text = text.strip(" \t\r\n")
    try:
        r = parse_canonical(text)
    except Unreadable as e:
        raise Bad(str(e))
    fields(r, RECEIPT_FIELDS, what="receipt")
    if r["format"] != "unionhall-receipt/2":
        raise Bad("format is not unionhall-receipt/2")
    if not isint(r["seq"]) or not 1 <= r["seq"] <= MAX_SAFE:
        raise Bad("seq outside 1..2^53-1")
    if r["state"] not in ("cast", "challenged"):
        raise Bad("state is not cast or challenged")
    out = {"seq": r["seq"], "state": r["state"]}
    for k in ("code", "election", "previous"):
        out[k] = hash32(r[k], k)
    sig = b64d(r["signature"], "signature")
    pairs(sig, 1, "signature")
    out["signature"] = sig
    return out


def load_receipts(path):
    """[(source, text)]; raises Unreadable when the files cannot be read."""
    files = []
    if os.path.isdir(path):
        for n in sorted(os.listdir(path)):
            p = os.path.join(path, n)
            if os.path.isfile(p):
                files.append((n, p))
    elif os.path.isfile(path):
        files.append((os.path.basename(path), path))
    else:
        raise Unreadable(f"receipts: {path} is neither a file nor a folder")
    out = []
    for n, p in files:
        with open(p, "rb") as f:
            data = f.read()
        # a line that is not UTF-8 is an unreadable receipt (rejected), not an unreadable receipts file
        for k, line in enumerate(data.split(b"\n"), 1):
            if line.strip(b" \t\r") == b"":
                continue
            try:
                out.append((f"{n} line {k}", line.decode("utf-8")))
            except UnicodeDecodeError:
                out.append((f"{n} line {k}", "\x00not UTF-8"))
    return out


# ---------------------------------------------------------------- the verifier

SECTION_FILES_1 = ["election.json", "context.json", "ceremony.json", "roll.ndjson", "board.ndjson",
                   "tally.json", "decryption.json", "result.json"]


def verify(rec, receipts=None):
    """Returns (exit status, report dict). Raises Unreadable when the record is unusable."""
    C = {cid: Check(cid) for cid in ORDER}
    if receipts is None:
        del C["V18"]
    rejected = []

    def blk(ids, msg):
        for i in ids:
            if i in C:
                C[i].block(msg)

    # ---- V1: read everything
    for req in ("election.json", "context.json", "ceremony.json", "roll.ndjson"):
        if not os.path.isfile(os.path.join(rec, req)):
            raise Unreadable(f"{req} is missing")
    election = read_json_file(os.path.join(rec, "election.json"), "election.json")
    version = 2 if isinstance(election, dict) and election.get("format") == "unionhall-election/2" else 1
    if version == 1:
        del C["V17"]
    names = SECTION_FILES_1 + (["closing.json"] if version == 2 else [])
    data = {}
    for n in names:
        p = os.path.join(rec, n)
        if os.path.isfile(p):
            data[n] = read_ndjson(p, n) if n.endswith(".ndjson") else read_json_file(p, n)
    ignored = sorted(set(os.listdir(rec)) - set(data))
    phases = [["board.ndjson"]] + ([["closing.json"]] if version == 2 else []) + \
        [["tally.json"], ["decryption.json", "result.json"]]
    v1ok = True
    for i, ph in enumerate(phases):
        if any(f in data for f in ph):
            for earlier in phases[:i]:
                for f in earlier:
                    if f not in data:
                        C["V1"].fail(f"{ph} present while {f} is missing (phase order)")
                        v1ok = False
    if v1ok:
        C["V1"].ok()
    has_board = "board.ndjson" in data
    has_tally = "tally.json" in data
    has_dec = "decryption.json" in data and "result.json" in data

    ctx = data["context.json"]
    ceremony = data["ceremony.json"]
    roll = data["roll.ndjson"]
    board = data.get("board.ndjson", [])

    # ---- V2
    v2 = True
    try:
        manifest_check(election)
        ctx_fields = ["baseHash", "ceremonyDigest", "extendedHash", "jointKey", "rollDigest"]
        if version == 2:
            ctx_fields += ["boardKey", "eligible", "eligibleBasis", "opened"]
        fields(ctx, ctx_fields, what="context.json")
        for k in ("baseHash", "ceremonyDigest", "extendedHash", "rollDigest"):
            hash32(ctx[k], k)
        elem(ctx["jointKey"], "jointKey")
        if version == 2:
            boardkey = elem(ctx["boardKey"], "boardKey")
            if not instant_ok(ctx["opened"]):
                raise Bad("opened: instant check")
            if not isint(ctx["eligible"]) or not 0 <= ctx["eligible"] <= MAX_SAFE:
                raise Bad("eligible not an integer 0..2^53-1")
            if not isinstance(ctx["eligibleBasis"], str) or ctx["eligibleBasis"] == "":
                raise Bad("eligibleBasis empty or not a string")
        HB = base_hash(election)
        if HB != hash32(ctx["baseHash"]):
            C["V2"].fail("H_B recomputed differs from context.baseHash")
        else:
            C["V2"].ok()
    except Bad as e:
        v2 = False
        C["V2"].fail(str(e))

    # ---- V5 (never blocked)
    weights = {}
    v5 = True
    for k, ent in enumerate(roll, 1):
        try:
            fields(ent, ["credential", "weight"], what=f"roll line {k}")
            cred = b64d(ent["credential"], "credential")
            p256_ok = elem(ent["credential"], "credential")  # noqa: F841
            w = ent["weight"]
            if not isint(w) or not 1 <= w <= 1_000_000:
                raise Bad("weight not in 1..1,000,000")
            if cred in weights:
                raise Bad("credential twice")
            weights[cred] = w
            C["V5"].ok()
        except Bad as e:
            v5 = False
            C["V5"].fail(f"roll line {k}: {e}")
    if not roll:
        C["V5"].start()

    if not v2:
        blk(["V3", "V4"] + ORDER[5:], "the election parameters are not valid (V2)")
        return finish(C, rejected, ignored, receipts, "V2")

    n, t = election["trustees"], election["threshold"]
    contests = election["contests"]

    # ---- V3 (ceremony.json must decode as a whole: any undecodable value fails V3, and V4 is not checked)
    v3 = True
    anns = {}
    ann, shares = [], []
    try:
        fields(ceremony, ["announcements", "shares"], what="ceremony.json")
        ann, sh = ceremony["announcements"], ceremony["shares"]
        if not isinstance(ann, list) or not isinstance(sh, list):
            raise Bad("announcements or shares not an array")
        dec = []
        for pos, a in enumerate(ann, 1):
            fields(a, ["coefficientProofs", "commitments", "encryptionKey", "encryptionKeyProof", "trustee"],
                   what=f"announcement {pos}")
            if not isint(a["trustee"]):
                raise Bad(f"announcement {pos}: trustee not an integer")
            cm, cp = a["commitments"], a["coefficientProofs"]
            if not isinstance(cm, list) or not isinstance(cp, list):
                raise Bad(f"announcement {pos}: commitments or proofs not arrays")
            dec.append((a["trustee"], elem(a["encryptionKey"], "encryptionKey"), b64d(a["encryptionKeyProof"]),
                        [elem(x, "commitment") for x in cm], [b64d(x, "coefficient proof") for x in cp]))
        for s_ in sh:
            fields(s_, ["ciphertext", "ephemeral", "from", "mac", "to"], what="share")
            if not isint(s_["from"]) or not isint(s_["to"]):
                raise Bad("share from/to not integers")
            R = elem(s_["ephemeral"], "ephemeral")
            ctb, mac = b64d(s_["ciphertext"]), b64d(s_["mac"])
            if len(ctb) != 32 or len(mac) != 32:
                raise Bad("share ciphertext or mac not 32 bytes")
            shares.append((s_["from"], s_["to"], R, ctb, mac))
    except Bad as e:
        v3 = False
        C["V3"].fail(f"ceremony.json does not decode: {e}")
        C["V4"].block("the ceremony (V3) could not be read")
        blk(ORDER[5:], "the key ceremony is not valid (V3)")
        return finish(C, rejected, ignored, receipts, "V3")
    HB = base_hash(election)
    for pos, (i, E, pe, Cs, Ps) in enumerate(dec, 1):
        try:
            if not 1 <= i <= n:
                raise Bad("trustee index not in 1..n")
            if len(Cs) != t or len(Ps) != t:
                raise Bad("not t commitments and t proofs")
            if not schnorr_ok(HB, "unionhall/v1/encryption-key-proof", [u32(i)], E, pe):
                raise Bad("encryption key proof fails")
            for k in range(t):
                if not schnorr_ok(HB, "unionhall/v1/coefficient-proof", [u32(i), u32(k)], Cs[k], Ps[k]):
                    raise Bad(f"coefficient proof {k} fails")
            anns[pos] = (i, E, pe, Cs, Ps)
            C["V3"].ok()
        except Bad as e:
            v3 = False
            C["V3"].fail(f"announcement {pos}: {e}")
    C["V3"].start()

    # ---- V4 (structure of the transcript)
    v4 = True
    try:
        if len(ann) != n:
            raise Bad("not n announcements")
        for pos, a in enumerate(ann, 1):
            if a["trustee"] != pos:
                raise Bad(f"announcement {pos} has trustee {a['trustee']}")
        if len(shares) != n * (n - 1):
            raise Bad("not n(n-1) shares")
        order = [(f, to) for f in range(1, n + 1) for to in range(1, n + 1) if f != to]
        for (f, to), s_ in zip(order, shares):
            if (s_[0], s_[1]) != (f, to):
                raise Bad(f"share ({s_[0]},{s_[1]}) out of order, expected ({f},{to})")
        if not v3:
            raise Bad("an announcement fails V3")
        C["V4"].ok()
    except Bad as e:
        v4 = False
        C["V4"].fail(str(e))

    if not v5 or not (v3 and v4):
        why = "the key ceremony is not valid (V3/V4)" if not (v3 and v4) else "the roll is not valid (V5)"
        blk(ORDER[5:], why)
        return finish(C, rejected, ignored, receipts, "V3" if not (v3 and v4) else "V5")

    # ---- V6: recompute K, P_j, digests, H_E
    HB = base_hash(election)
    A = [anns[i] for i in range(1, n + 1)]
    K = None
    for (_, _, _, Cs, _) in A:
        K = p256.add(K, Cs[0])
    Pj = {}
    for j in range(1, n + 1):
        acc = None
        for (_, _, _, Cs, _) in A:
            for k in range(t):
                acc = p256.add(acc, p256.mul(Cs[k], pow(j, k, Q)))
        Pj[j] = acc
    cparts = [u32(n)]
    for (i, E, pe, Cs, Ps) in A:
        cparts += [u32(i), p256.encode(E), pe, u32(t)]
        for k in range(t):
            cparts += [p256.encode(Cs[k]), Ps[k]]
    cparts.append(u32(len(shares)))
    for (f, to, R, ctb, mac) in shares:
        cparts += [u32(f), u32(to), p256.encode(R), ctb, mac]
    cdig = HK(HB, "unionhall/v1/ceremony", *cparts)
    rparts = [u32(len(roll))]
    for ent in roll:
        rparts += [b64d(ent["credential"]), u64(ent["weight"])]
    rdig = HK(HB, "unionhall/v1/roll", *rparts)
    if K is None:
        C["V6"].fail("the joint key is the identity")
        blk(ORDER[6:], "the joint key is the identity")
        return finish(C, rejected, ignored, receipts, "V6")
    HE = HK(HB, "unionhall/v1/extended", p256.encode(K), cdig, rdig)
    for what, mine, theirs in (("jointKey", p256.encode(K), b64d(ctx["jointKey"])),
                               ("ceremonyDigest", cdig, b64d(ctx["ceremonyDigest"])),
                               ("rollDigest", rdig, b64d(ctx["rollDigest"])),
                               ("extendedHash", HE, b64d(ctx["extendedHash"]))):
        if mine == theirs:
            C["V6"].ok()
        else:
            C["V6"].fail(f"{what} recomputed differs from context.json")

    # ---- board V7, V8, V12 and the checks that read entries
    code0 = genesis(HE, version, ctx)
    digests = []   # per line: digest or None
    codes = []     # per line: code bytes as written or None
    good = []      # per line: passes V8
    seen = {}
    if has_board:
        for ch in ("V7", "V8", "V9", "V10", "V11", "V12", "V13"):
            C[ch].start()
    prev = code0
    for i, ent in enumerate(board, 1):
        if not isinstance(ent, dict):
            ent = {"?": ent}  # a line that is not an object: every field is missing
        # V7
        try:
            d = written_digest(HE, ent)
        except Bad:
            d = None
        digests.append(d)
        try:
            cw = hash32(ent.get("code"), "code")
        except Bad:
            cw = None
        codes.append(cw)
        try:
            if not isint(ent.get("seq")) or ent["seq"] != i:
                raise Bad(f"seq is not {i}")
            if ent.get("state") not in ("cast", "challenged"):
                raise Bad("state is not cast or challenged")
            if cw is None:
                raise Bad("code does not decode")
            if d is None:
                raise Bad("ballot digest undefined")
            if prev is None:
                raise Bad("code of the line before cannot be read")
            if code_step(HE, prev, i, ent["state"], d) != cw:
                raise Bad("code differs from the recomputed code")
            C["V7"].ok()
        except Bad as e:
            C["V7"].fail(f"line {i}: {e}")
        readable = isint(ent.get("seq")) and ent.get("state") in ("cast", "challenged")
        prev = cw if readable else None
        # V12
        if d is not None:
            if d in seen:
                C["V12"].fail(f"line {i}: same ballot digest as line {seen[d]}")
            else:
                seen[d] = i
                C["V12"].ok()
        # V8
        try:
            form = entry_form(ent, contests, i)
            good.append(form)
            C["V8"].ok()
        except Bad as e:
            good.append(None)
            C["V8"].fail(f"line {i}: {e}")
    # V9 - V11, V13 on entries passing V8
    KF = fixed(K)
    for i, form in enumerate(good, 1):
        if form is None:
            continue
        cred_b, cred, sel, lims, sig, opening = form
        d = digests[i - 1]
        if cred_b not in weights:
            C["V9"].fail(f"line {i}: credential not on the roll")
        elif not schnorr_ok(HE, "unionhall/v1/ballot-signature", [d], cred, sig):
            C["V9"].fail(f"line {i}: signature does not check")
        else:
            C["V9"].ok()
        for ci, c in enumerate(contests):
            for oi in range(len(c["options"])):
                al, be, pr = sel[ci][oi]
                if range_ok(HE, "unionhall/v1/selection-proof", [cred_b, u32(ci), u32(oi)], 0, c["range"], K,
                            al, be, pr):
                    C["V10"].ok()
                else:
                    C["V10"].fail(f"line {i}: selection proof of contest {ci} option {oi} fails")
            if lims[ci] is not None:
                sa = sb = None
                for al, be, _ in sel[ci]:
                    sa, sb = p256.add(sa, al), p256.add(sb, be)
                ok = sa is not None and sb is not None and \
                    range_ok(HE, "unionhall/v1/contest-proof", [cred_b, u32(ci)], c["min"], c["max"], K, sa, sb,
                             lims[ci])
                if ok:
                    C["V11"].ok()
                else:
                    C["V11"].fail(f"line {i}: contest-limit proof of contest {ci} fails")
        if opening is not None:
            try:
                if not isinstance(opening, list) or len(opening) != len(contests):
                    raise Bad("not one array per contest")
                for ci, c in enumerate(contests):
                    oc = opening[ci]
                    if not isinstance(oc, list) or len(oc) != len(c["options"]):
                        raise Bad(f"contest {ci}: not one opening per option")
                    tot = 0
                    for oi, (r, m) in enumerate(oc):
                        if not 0 <= m <= c["range"]:
                            raise Bad(f"contest {ci} option {oi}: value outside 0..range")
                        if r == 0:
                            raise Bad("nonce is 0")
                        tot += m
                        al, be, _ = sel[ci][oi]
                        if not p256.eq(p256.gmul(r), al) or not p256.eq(p256.add(KF.mul(r), p256.gmul(m)), be):
                            raise Bad(f"contest {ci} option {oi}: opening does not match the ciphertext")
                    if not c["min"] <= tot <= c["max"]:
                        raise Bad(f"contest {ci}: values outside the limits")
                C["V13"].ok()
            except Bad as e:
                C["V13"].fail(f"line {i}: {e}")

    if not has_board:
        pass  # V7-V16 stay "not yet"

    # ---- V14
    tally_cells = None
    tally = data.get("tally.json")
    if has_board and has_tally:
        counted = {}
        for i, form in enumerate(good, 1):
            if form is None:
                continue
            if board[i - 1]["state"] == "cast" and form[0] in weights:
                counted[form[0]] = i
        v14_decodes = True
        try:
            fields(tally, ["ballotsCounted", "contests", "totalWeight"], what="tally.json")
            if not isint(tally["ballotsCounted"]) or not isint(tally["totalWeight"]):
                raise Bad("counts not integers")
            tc = tally["contests"]
            if not isinstance(tc, list) or len(tc) != len(contests):
                raise Bad("not one array per contest")
            tally_cells = []
            for ci, c in enumerate(contests):
                if not isinstance(tc[ci], list) or len(tc[ci]) != len(c["options"]):
                    raise Bad(f"contest {ci}: not one cell per option")
                row = []
                for cell in tc[ci]:
                    fields(cell, ["alpha", "beta"], what="tally cell")
                    row.append((elem(cell["alpha"], "alpha"), elem(cell["beta"], "beta")))
                tally_cells.append(row)
        except Bad as e:
            v14_decodes = False
            tally_cells = None
            C["V14"].fail(f"tally.json: {e}")
        if v14_decodes and not counted:
            C["V14"].fail("no ballot on the board is counted, so there is no tally")
            tally_cells = None
        elif v14_decodes:
            tw = sum(weights[c] for c in counted)
            if tally["ballotsCounted"] != len(counted):
                C["V14"].fail(f"ballotsCounted {tally['ballotsCounted']} != {len(counted)}")
            else:
                C["V14"].ok()
            if tally["totalWeight"] != tw:
                C["V14"].fail(f"totalWeight {tally['totalWeight']} != {tw}")
            else:
                C["V14"].ok()
            for ci, c in enumerate(contests):
                for oi in range(len(c["options"])):
                    sa = sb = None
                    for cred_b, i in counted.items():
                        w = weights[cred_b]
                        al, be, _ = good[i - 1][2][ci][oi]
                        sa = p256.add(sa, p256.mul(al, w))
                        sb = p256.add(sb, p256.mul(be, w))
                    ta, tb = tally_cells[ci][oi]
                    if p256.eq(sa, ta) and p256.eq(sb, tb):
                        C["V14"].ok()
                    else:
                        C["V14"].fail(f"cell ({ci},{oi}) differs from the board")
        if tally_cells is None:
            blk(["V15", "V16"], "there is no valid tally (V14)")

    # ---- V15, V16
    if has_board and has_tally and has_dec and tally_cells is not None:
        dec = data["decryption.json"]
        Ms = {}
        try:
            fields(dec, ["trustees"], what="decryption.json")
            trs = dec["trustees"]
            if not isinstance(trs, list):
                raise Bad("trustees not an array")
            last = 0
            for tr in trs:
                fields(tr, ["partials", "trustee"], what="trustee")
                j = tr["trustee"]
                if not isint(j) or not 1 <= j <= n:
                    raise Bad(f"trustee {j} not in 1..n")
                if j <= last:
                    raise Bad("trustees not strictly ascending")
                last = j
                ps = tr["partials"]
                ncell = sum(len(c["options"]) for c in contests)
                if not isinstance(ps, list) or len(ps) != ncell:
                    raise Bad(f"trustee {j}: not one partial per tally cell")
                k = 0
                for ci, c in enumerate(contests):
                    for oi in range(len(c["options"])):
                        fields(ps[k], ["proof", "share"], what="partial")
                        M = elem(ps[k]["share"], "share")
                        pr = b64d(ps[k]["proof"], "proof")
                        k += 1
                        if not equality_ok(HE, "unionhall/v1/decryption-proof", [u32(j), u32(ci), u32(oi)], Pj[j],
                                           tally_cells[ci][oi][0], M, pr):
                            C["V15"].fail(f"trustee {j} cell ({ci},{oi}): proof fails")
                        else:
                            C["V15"].ok()
                        Ms[(j, ci, oi)] = M
            if len(trs) < t:
                raise Bad(f"only {len(trs)} trustees, threshold {t}")
            C["V15"].start()
        except Bad as e:
            C["V15"].fail(str(e))
        if C["V15"].status != "passed":
            blk(["V16"], "the partial decryptions are not valid (V15)")
        else:
            C["V16"].start()
            res = data["result.json"]
            lam = lagrange([tr["trustee"] for tr in dec["trustees"]])
            try:
                fields(res, ["contests"], what="result.json")
                rc = res["contests"]
                if not isinstance(rc, list) or len(rc) != len(contests):
                    raise Bad("not one entry per contest")
                for ci, c in enumerate(contests):
                    fields(rc[ci], ["counts", "id"], what="result contest")
                    if rc[ci]["id"] != c["id"]:
                        raise Bad(f"contest {ci}: id differs from the manifest")
                    cnts = rc[ci]["counts"]
                    if not isinstance(cnts, list) or len(cnts) != len(c["options"]):
                        raise Bad(f"contest {ci}: not one count per option")
                    for oi, m in enumerate(cnts):
                        if not isint(m) or not 0 <= m <= tally["totalWeight"] * c["range"]:
                            C["V16"].fail(f"contest {ci} option {oi}: count out of range")
                            continue
                        M = None
                        for j, l in lam.items():
                            M = p256.add(M, p256.mul(Ms[(j, ci, oi)], l))
                        if p256.eq(p256.gmul(m), p256.sub(tally_cells[ci][oi][1], M)):
                            C["V16"].ok()
                        else:
                            C["V16"].fail(f"contest {ci} option {oi}: g^count != B/M")
            except Bad as e:
                C["V16"].fail(str(e))

    # ---- V17
    if version == 2:
        if len(roll) > ctx["eligible"]:
            C["V17"].fail(f"{len(roll)} roll entries but eligible {ctx['eligible']}")
        else:
            C["V17"].ok()
        if "closing.json" in data:
            cl = data["closing.json"]
            try:
                fields(cl, ["closed"], what="closing.json")
                if not instant_ok(cl["closed"]):
                    raise Bad("closed: instant check")
                if cl["closed"] < ctx["opened"]:
                    raise Bad("closed before opened")
                C["V17"].ok()
            except Bad as e:
                C["V17"].fail(str(e))
        elif C["V17"].status != "failed":
            C["V17"].status = "not yet"

    # ---- V18
    if receipts is not None:
        C["V18"].start()
        for src, text in receipts:
            try:
                r = parse_receipt(text)
            except Bad as e:
                rejected.append(f"{src}: unreadable ({e})")
                continue
            if version == 1:
                rejected.append(f"{src}: version 1 record has no board key")
                continue
            if r["election"] != HE:
                rejected.append(f"{src}: for another election")
                continue
            if not schnorr_ok(HE, "unionhall/v2/receipt-signature",
                              [HK(HE, "unionhall/v2/receipt", u64(r["seq"]), utf8(r["state"]), r["previous"],
                                  r["code"])], boardkey, r["signature"]):
                rejected.append(f"{src}: forged")
                continue
            s, N = r["seq"], len(board)
            if s <= N and codes[s - 1] == r["code"]:
                if (code0 if s == 1 else codes[s - 2]) == r["previous"]:
                    C["V18"].ok()
                else:
                    C["V18"].fail(f"{src}: fork (seq {s})")
                continue
            found = None
            for j, d in enumerate(digests, 1):
                if d is not None and code_step(HE, r["previous"], s, r["state"], d) == r["code"]:
                    line = board[j - 1]
                    written = line.get("state") if isinstance(line, dict) else None
                    found = (j, written if written in ("cast", "challenged") else None)
                    break
            if found is None:
                C["V18"].fail(f"{src}: missing (seq {s})")
            elif found[1] is not None and found[1] != r["state"]:
                C["V18"].fail(f"{src}: state changed (seq {s}, line {found[0]})")
            elif found[0] == s:
                C["V18"].fail(f"{src}: fork (seq {s})")
            else:
                C["V18"].fail(f"{src}: moved (seq {s} now line {found[0]})")
    return finish(C, rejected, ignored, receipts, None)


def entry_form(ent, contests, i):
    """V8: the entry decodes with exactly the fields and the manifest's shape."""
    fields(ent, ["ballot", "code", "seq", "state"], optional=["opening"], what="entry")
    if not isint(ent["seq"]):
        raise Bad("seq not an integer")
    hash32(ent["code"], "code")
    if ent["state"] not in ("cast", "challenged"):
        raise Bad("state is not cast or challenged")
    if ("opening" in ent) != (ent["state"] == "challenged"):
        raise Bad("opening present iff challenged violated")
    bal = fields(ent["ballot"], ["contests", "credential", "signature"], what="ballot")
    cred_b = b64d(bal["credential"], "credential")
    cred = elem(bal["credential"], "credential")
    sig = b64d(bal["signature"], "signature")
    pairs(sig, 1, "signature")
    cs = bal["contests"]
    if not isinstance(cs, list) or len(cs) != len(contests):
        raise Bad("not one contest per manifest contest")
    sels, lims = [], []
    for ci, (c, mc) in enumerate(zip(cs, contests)):
        lim = has_limit(mc)
        fields(c, ["selections"] + (["limit"] if lim else []), what=f"contest {ci}")
        ss = c["selections"]
        if not isinstance(ss, list) or len(ss) != len(mc["options"]):
            raise Bad(f"contest {ci}: not one selection per option")
        row = []
        for s in ss:
            fields(s, ["alpha", "beta", "proof"], what="selection")
            pr = b64d(s["proof"], "proof")
            pairs(pr, mc["range"] + 1, "selection proof")
            row.append((elem(s["alpha"], "alpha"), elem(s["beta"], "beta"), pr))
        sels.append(row)
        if lim:
            lb = b64d(c["limit"], "limit")
            pairs(lb, mc["max"] - mc["min"] + 1, "limit proof")
            lims.append(lb)
        else:
            lims.append(None)
    opening = ent.get("opening")
    if opening is not None:
        # the opening's form is V8's; its counts, values and equations are V13's
        if not isinstance(opening, list):
            raise Bad("opening must be an array")
        decoded = []
        for oc in opening:
            if not isinstance(oc, list):
                raise Bad("opening of a contest must be an array")
            row = []
            for o in oc:
                fields(o, ["nonce", "value"], what="opening")
                r = scalar(b64d(o["nonce"], "nonce"), "nonce")
                if not isint(o["value"]):
                    raise Bad("opening value must be an integer")
                if not 0 <= o["value"] <= U31:
                    raise Bad("opening value out of range 0..2^31-1")
                row.append((r, o["value"]))
            decoded.append(row)
        opening = decoded
    return cred_b, cred, sels, lims, sig, opening


def finish(C, rejected, ignored, receipts, blocked_by):
    checks = [C[k].js() for k in ORDER if k in C]
    sts = [c["status"] for c in checks]
    if all(s == "passed" for s in sts):
        code = 0
    else:
        code = 1
    return code, {"checks": checks, "rejectedReceipts": rejected, "ignored": ignored,
                  "valid": code == 0, "invalid": "failed" in sts}


# ---------------------------------------------------------------- §13 known answers

def kat():
    ok = True

    def eqv(name, got, want):
        nonlocal ok
        if isinstance(got, bytes):
            got = got.hex()
        if got != want:
            ok = False
            print(f"KAT {name}: MISMATCH\n  got  {got}\n  want {want}")
        else:
            print(f"KAT {name}: ok")

    ej = ('{"contests":[{"id":"motion-1","max":1,"method":"yes-no-abstain","min":1,"options":["yes","no","abstain"],'
          '"question":"Adopt the budget?","range":1}],"election":"kat-2026","format":"unionhall-election/1",'
          '"group":"P-256","threshold":1,"title":"Known-answer election","trustees":1}')
    e = parse_canonical(ej)
    manifest_check(e)
    eqv("g", p256.encode(p256.G), "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296")
    HB = base_hash(e)
    eqv("H_B", HB, "a7d62374769716890271910b7d01b078d0ea9ca11a1a24ed53b28549185f4a5a")
    s, x = 123456789, 987654321
    K = p256.gmul(s)
    X = p256.gmul(x)
    eqv("K", p256.encode(K), "02fb50388f29498d0a93ad25ec4c34037b9d3cc3cca4787eb6fedabe2b3003eac8")
    eqv("X", p256.encode(X), "03e13800beaf6a7dede4dddf874e4adcc271bf069e8cfc2c5ef989084bec33b260")
    rd = HK(HB, "unionhall/v1/roll", u32(1), p256.encode(X), u64(3))
    eqv("rollDigest", rd, "595afef4b5fa151a8383674db537939989c4cd5cc7bb53571c96cae378515bc1")
    cd = H("unionhall/v1/ceremony", b"example ceremony")
    eqv("ceremonyDigest", cd, "eb125564e4cf55a26eba86a90b27499afea3dc636dcd1107cb178aeed60ee860")
    HE = HK(HB, "unionhall/v1/extended", p256.encode(K), cd, rd)
    eqv("H_E", HE, "75b756e5be0e013691bc30c228fcd3dff35fb4e57827c9c07500528fdbb9667a")
    eqv("H_E b64u", b64e(HE), "dbdW5b4OATaRvDDCKPzT3_NftOV4J8nAdQBSj9u5Zno")
    c0 = HK(HE, "unionhall/v1/board-genesis")
    eqv("code_0", c0, "2f95a336d13755ff9f86c1924e694f9d2c0157903ed290cc564b0d02c44a3592")
    r = int("4f14e3f0747977648cf2cb82be558748094bf88c2988b161ea6075cd2d107bc2", 16)
    al = p256.gmul(r)
    be = p256.add(p256.mul(K, r), p256.gmul(1))
    eqv("alpha", p256.encode(al), "03d34455973d3961ae35c65cca16383c1b0032a93c56e5cf13be780528f413f295")
    eqv("beta", p256.encode(be), "0231c337f80dfe2accbc0c384f4c2da16d124cd822d8bc7ced9dc3ea153769b2a2")
    line = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "kat-board-line.json")).read().strip()
    ent = parse_canonical(line)
    d = written_digest(HE, ent)
    eqv("ballotDigest", d, "c99e768e269dffe169ef0d127ccc0f42b011523f9384ba2065f93d1f75243a00")
    form = entry_form(ent, e["contests"], 1)
    credb = form[0]
    for oi in range(3):
        a_, b_, pr = form[2][0][oi]
        eqv(f"selection proof {oi} checks",
            range_ok(HE, "unionhall/v1/selection-proof", [credb, u32(0), u32(oi)], 0, 1, K, a_, b_, pr), True)
    eqv("proofYes", form[2][0][0][2], "f176ff24d8367a8cc602e51599b8df41532e5eb613b72de73442f3d8e98ab9610161eb7c5ae2de4d80c9e36a2478877ac5be766387a762b46f4ae2b97f939f196f42ffdb5c0f46b91d7d0f12549a88e82a4f43a3fa86a0b85aa2a836de09c346")
    # §13.3 commitments
    (c_0, v_0), (c_1, v_1) = pairs(form[2][0][0][2], 2)
    eqv("a_0", p256.encode(p256.add(p256.gmul(v_0), p256.mul(al, c_0))),
        "035bcab457bf517943eef18f35c3246cad3da8ec38c0c986531165f3d5872cd8bb")
    eqv("b_0", p256.encode(p256.add(p256.mul(K, v_0), p256.mul(be, c_0))),
        "0389b0a380f8e17db09b88622f7089fe40c55fb04fec8cb4915dff10d82d48728e")
    eqv("a_1", p256.encode(p256.add(p256.gmul(v_1), p256.mul(al, c_1))),
        "02aa3dc6afe1d727fdc2d5381cf4636d3949feb8912141fdc80503cd6e0d607cfd")
    eqv("b_1", p256.encode(p256.add(p256.mul(K, v_1), p256.mul(p256.sub(be, p256.G), c_1))),
        "0304d04608f9310824c6bfd0e3ade4b53d126e62f47ab0f66bc0c223675539eb41")
    eqv("c_0+c_1", "%032x" % ((c_0 + c_1) % (1 << 128)), "b73575885fdddd41354dc7cf194c7e5a")
    sa = sb = None
    for a_, b_, _ in form[2][0]:
        sa, sb = p256.add(sa, a_), p256.add(sb, b_)
    eqv("limit proof checks", range_ok(HE, "unionhall/v1/contest-proof", [credb, u32(0)], 1, 1, K, sa, sb,
                                       form[3][0]), True)
    eqv("limitProof", form[3][0], "5332fe3072c0882c07f47bf4e229c6d2049d55fd4f44ba6dec2924ab6381a0e94c36f805415b5ed37ea2c26f16ed445f")
    eqv("signature checks", schnorr_ok(HE, "unionhall/v1/ballot-signature", [d], X, form[4]), True)
    (c, v), = pairs(form[4], 1)
    hp = p256.add(p256.gmul(v), p256.mul(X, c))
    eqv("h'", p256.encode(hp), "03a85b4fe19dccb56621bf30f6add1b3005c2e3ff453723d2649684dedf7c87487")
    c1 = code_step(HE, c0, 1, "cast", d)
    eqv("code_1", c1, "7ce8e90402784ad73d0d4db833f3aa19cd4ad788230669f934dac1561358aa11")
    eqv("code_1 b64u", b64e(c1), ent["code"])
    eqv("signature hex", form[4], "77793ce76e643732a18e74f5f5d7efed2320048534d0e509aa2bd21b90897bb198103d9849a7ac2336c44148a84449f9")
    # §13.4
    A3, B3 = p256.mul(al, 3), p256.mul(be, 3)
    eqv("A", p256.encode(A3), "03320c4a017e5c2b78fd5e0435a3215d7b9634d62bce2e7f1523ba46f87a98cdc8")
    eqv("B", p256.encode(B3), "02fbdb4909ceb9d59ff6109979717c283a4e3f9aa5999f2f2e22c17c1def893519")
    M1 = p256.mul(A3, s)
    eqv("M_1", p256.encode(M1), "0203ec8dff85c1c8441ca173323c99be6216bb8d9f855b107a8d2f3001a7bdc83b")
    eqv("g^3", p256.encode(p256.sub(B3, M1)), "025ecbe4d1a6330a44c8f7ef951d4bf165e6c6b721efada985fb41661bc6e7fd6c")
    u = 1122334455
    a, b = p256.gmul(u), p256.mul(A3, u)
    eqv("a", p256.encode(a), "02ebda8c7a3863ae9ef756b95f3fedfe962ef3504a2868e75c3ccfa22a640b7dc4")
    eqv("b", p256.encode(b), "03d944891cd9e433f793d40391553e7b8f14c4e8152ef97f5a4152d3d0c330e477")
    cc = CH(HE, "unionhall/v1/decryption-proof", u32(1), u32(0), u32(0), p256.encode(K), p256.encode(A3),
            p256.encode(M1), p256.encode(a), p256.encode(b))
    pr = cc.to_bytes(16, "big") + ((u - cc * s) % Q).to_bytes(32, "big")
    eqv("decryption proof", pr, "c51812543b1af598f89da4ae27a554c8ffffffff00000000fffffffffa55aa0c79b14723bb094a5804ee35a3febc7fe0")
    eqv("decryption proof checks", equality_ok(HE, "unionhall/v1/decryption-proof", [u32(1), u32(0), u32(0)], K, A3,
                                               M1, pr), True)
    # §13.5
    eqv("lambda {2,3}", [lagrange([2, 3])[j] for j in (2, 3)], [3, Q - 2])
    eqv("lambda {1,2,3}", [lagrange([1, 2, 3])[j] for j in (1, 2, 3)], [3, Q - 3, 1])
    l13 = lagrange([1, 3])
    eqv("lambda {1,3}", ["%064x" % l13[1], "%064x" % l13[3]],
        ["7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192aa",
         "7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8"])
    # §13.6
    e2 = dict(e, format="unionhall-election/2")
    HB2 = base_hash(e2)
    eqv("v2 H_B", HB2, "3199ddcf67f0ebf659f5fb00c9505de77c2cc14a5475ee539f7e3cd0c0de144d")
    rd2 = HK(HB2, "unionhall/v1/roll", u32(1), p256.encode(X), u64(3))  # keyed by the v2 H_B
    HE2 = HK(HB2, "unionhall/v1/extended", p256.encode(K), cd, rd2)
    eqv("v2 H_E", HE2, "698170fb1356a899cbf133d46a83820b7bc28b5f4a7d733b1c0797dc7d40008a")
    Bk = p256.gmul(555555555)
    eqv("B", p256.encode(Bk), "021c7e3234cff1eb36e8286653ccaadf48be85a37e604e359b4762dade97de7812")
    ctx2 = parse_canonical('{"baseHash":"MZndz2fw6_ZZ9fsAyVBd53wswUpUde5Tn3480MDeFE0","boardKey":"Ahx-MjTP8es26ChmU8yq30i-haN-YE41m0di2t6X3ngS","ceremonyDigest":"6xJVZOTPVaJuuoapCydJmv6j3GNtzREHyxeK7tYO6GA","eligible":15,"eligibleBasis":"active members of chapter Moderators Europe when voting opened","extendedHash":"aYFw-xNWqJnL8TPUaoOCC3vCi19KfXM7HAeX3H1AAIo","jointKey":"AvtQOI8pSY0Kk60l7Ew0A3udPMPMpHh-tv7aviswA-rI","opened":"2026-12-06T23:05:00Z","rollDigest":"A0jIJMvKABVILn3mqXcbw9835p4_q2m3iO90hyq6nr0"}')
    eqv("v2 context hashes", [b64d(ctx2[k]) for k in ("baseHash", "extendedHash", "jointKey", "boardKey",
                                                        "ceremonyDigest", "rollDigest")],
        [HB2, HE2, p256.encode(K), p256.encode(Bk), cd, rd2])
    g0 = genesis(HE2, 2, ctx2)
    eqv("v2 code_0", g0, "48b49e30633a6a81073999233609170bf686575a3d3aa4c62c84d9df37348285")
    rec = parse_receipt('{"code":"GR3-tMyco4nvwm3wgYtqf0T6u0JbxkDdgom_Ygs2WPM","election":"aYFw-xNWqJnL8TPUaoOCC3vCi19KfXM7HAeX3H1AAIo","format":"unionhall-receipt/2","previous":"SLSeMGM6aoEHOZkjNgkXC_aGV1o9OqTGLITZ3zc0goU","seq":1,"signature":"QveIZJ6EnirBO9gtxrU4_BYEnyriXKR_cxuzgcDYEbc4hCJ7Tu3Z9NwXjcwZfVkm","state":"cast"}')
    eqv("receipt previous = code_0", rec["previous"], g0.hex())
    eqv("receipt election = H_E", rec["election"], HE2.hex())
    eqv("v2 code_1", rec["code"], "191dfeb4cc9ca389efc26df0818b6a7f44fabb425bc640dd8289bf620b3658f3")
    rdg = HK(HE2, "unionhall/v2/receipt", u64(1), utf8("cast"), g0, rec["code"])
    eqv("receiptDigest", rdg, "984d1e22e8085d42d0481047bffbc1965a5670b16d88fb431c15e608e83e6953")
    eqv("receipt c", rec["signature"][:16], "42f788649e849e2ac13bd82dc6b538fc")
    eqv("receipt v", rec["signature"][16:], "16049f2ae25ca47f731bb381c0d811b73884227b4eedd9f4dc178dcc197d5926")
    (c, v), = pairs(rec["signature"], 1)
    eqv("receipt h'", p256.encode(p256.add(p256.gmul(v), p256.mul(Bk, c))),
        "037f6c6811dd013bfd3f35087fef02dcfaf582a0f4d57a1f43fa7f3113b3dade07")
    eqv("receipt signature checks", schnorr_ok(HE2, "unionhall/v2/receipt-signature", [rdg], Bk, rec["signature"]),
        True)
    print("KAT: all ok" if ok else "KAT: FAILURES")
    return 0 if ok else 1


def main(argv):
    if "--kat" in argv:
        return kat()
    js = "--json" in argv
    args = [a for a in argv if a != "--json"]
    receipts_path = None
    if "--receipts" in args:
        k = args.index("--receipts")
        receipts_path = args[k + 1]
        del args[k:k + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        receipts = load_receipts(receipts_path) if receipts_path else None
        code, rep = verify(args[0], receipts)
    except (Unreadable, OSError) as e:
        print(f"spec-verifier: the record cannot be verified: {e}", file=sys.stderr)
        return 2
    if js:
        print(json.dumps(rep))
    else:
        for c in rep["checks"]:
            print(f"{c['id']:4} {c['status']:8} checked {c['checked']:6} failed {c['failed']:4} "
                  + "; ".join(c["failures"]))
        for r in rep["rejectedReceipts"]:
            print("rejected receipt:", r)
        if rep["ignored"]:
            print("ignored:", ", ".join(rep["ignored"]))
        print("VALID" if code == 0 else ("INVALID" if rep["invalid"] else "INCOMPLETE"))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
