"""NIST P-256 arithmetic, pure Python (protocol §2), written from docs/protocol.md alone.

Points are Jacobian triples (X, Y, Z); None is the identity. Not constant time: for verification only.
"""

P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
Q = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296


class DecodeError(ValueError):
    pass


def _sqrt(a):
    y = pow(a, (P + 1) // 4, P)
    return y if y * y % P == a else None


def decode(b):
    """§2.2 group element check."""
    if not isinstance(b, (bytes, bytearray)) or len(b) != 33:
        raise DecodeError("group element check: not 33 bytes")
    if b[0] not in (2, 3):
        raise DecodeError("group element check: first byte not 02/03")
    x = int.from_bytes(b[1:], "big")
    if x >= P:
        raise DecodeError("group element check: x >= p")
    y = _sqrt((x * x * x - 3 * x + B) % P)
    if y is None:
        raise DecodeError("group element check: not on the curve")
    if (y & 1) != (b[0] & 1):
        y = P - y
    return (x, y, 1)


def to_affine(pt):
    if pt is None:
        return None
    X, Y, Z = pt
    zi = pow(Z, -1, P)
    zi2 = zi * zi % P
    return (X * zi2 % P, Y * zi2 * zi % P)


def encode(pt):
    a = to_affine(pt)
    if a is None:
        raise DecodeError("identity has no encoding")
    return bytes([2 | (a[1] & 1)]) + a[0].to_bytes(32, "big")


def double(pt):
    if pt is None:
        return None
    X1, Y1, Z1 = pt
    if Y1 == 0:
        return None
    delta = Z1 * Z1 % P
    gamma = Y1 * Y1 % P
    beta = X1 * gamma % P
    alpha = 3 * (X1 - delta) * (X1 + delta) % P
    X3 = (alpha * alpha - 8 * beta) % P
    Z3 = ((Y1 + Z1) * (Y1 + Z1) - gamma - delta) % P
    Y3 = (alpha * (4 * beta - X3) - 8 * gamma * gamma) % P
    return (X3, Y3, Z3)


def add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    X1, Y1, Z1 = p1
    X2, Y2, Z2 = p2
    Z1Z1 = Z1 * Z1 % P
    Z2Z2 = Z2 * Z2 % P
    U1 = X1 * Z2Z2 % P
    U2 = X2 * Z1Z1 % P
    S1 = Y1 * Z2 * Z2Z2 % P
    S2 = Y2 * Z1 * Z1Z1 % P
    if U1 == U2:
        if S1 == S2:
            return double(p1)
        return None
    H = (U2 - U1) % P
    r = (S2 - S1) % P
    H2 = H * H % P
    H3 = H * H2 % P
    U1H2 = U1 * H2 % P
    X3 = (r * r - H3 - 2 * U1H2) % P
    Y3 = (r * (U1H2 - X3) - S1 * H3) % P
    Z3 = Z1 * Z2 * H % P
    return (X3, Y3, Z3)


def neg(pt):
    if pt is None:
        return None
    return (pt[0], (-pt[1]) % P, pt[2])


def sub(p1, p2):
    return add(p1, neg(p2))


def mul(pt, k):
    """Scalar multiplication, 4-bit window."""
    if pt is None or k == 0:
        return None
    if k < 0:
        return mul(neg(pt), -k)
    tbl = [None, pt]
    for _ in range(14):
        tbl.append(add(tbl[-1], pt))
    acc = None
    nb = (k.bit_length() + 3) // 4
    for i in range(nb - 1, -1, -1):
        acc = double(double(double(double(acc))))
        d = (k >> (4 * i)) & 15
        if d:
            acc = add(acc, tbl[d])
    return acc


class Fixed:
    """Fixed-base table: k*16^i*P for every nibble position i (256-bit scalars)."""

    def __init__(self, pt):
        self.rows = []
        base = pt
        for _ in range(65):
            row = [None, base]
            for _ in range(14):
                row.append(add(row[-1], base))
            self.rows.append(row)
            base = add(row[15], base)

    def mul(self, k):
        k %= Q
        acc = None
        i = 0
        while k:
            d = k & 15
            if d:
                acc = add(acc, self.rows[i][d])
            k >>= 4
            i += 1
        return acc


G = decode(bytes.fromhex("036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"))
GF = Fixed(G)


def gmul(k):
    return GF.mul(k)


def eq(p1, p2):
    if p1 is None or p2 is None:
        return p1 is None and p2 is None
    return to_affine(p1) == to_affine(p2)
