// Strict decoding of everything that comes from outside (§2.2, §2.3, §2.4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FIELD, ORDER, ProtocolError, bigIntToBytes, concat, decodeElement, decodeScalar, encodeElement, fromBase64Url, fromHex,
  gPow, toBase64Url, u32, u64,
} from '../src/index.js';

test('base64url round-trips every length and refuses other spellings', () => {
  for (let n = 0; n < 40; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
    assert.deepEqual(fromBase64Url(toBase64Url(bytes)), bytes);
    assert.equal(Buffer.from(bytes).toString('base64url'), toBase64Url(bytes));
  }
  assert.throws(() => fromBase64Url('AA=='), ProtocolError);
  assert.throws(() => fromBase64Url('A+8'), ProtocolError);
  assert.throws(() => fromBase64Url('AB'), /trailing bits/);
  assert.throws(() => fromBase64Url('A'), /impossible length/);
  assert.throws(() => fromBase64Url('AAAA', 'x', 4), /must be 4 bytes/);
});

test('integers are framed big-endian', () => {
  assert.deepEqual(u32(0x01020304), fromHex('01020304'));
  assert.deepEqual(u64(3), fromHex('0000000000000003'));
  assert.throws(() => u32(-1), ProtocolError);
  assert.throws(() => u32(2 ** 32), ProtocolError);
});

test('the group element check refuses identity, wrong length, wrong prefix, x ≥ p and points off the curve', () => {
  const g = encodeElement(gPow(1n));
  assert.ok(decodeElement(g).equals(gPow(1n)));
  assert.throws(() => decodeElement(new Uint8Array([0])), /33 bytes/);
  assert.throws(() => decodeElement(gPow(5n).toBytes(false)), /33 bytes/);
  assert.throws(() => decodeElement(concat(new Uint8Array([4]), g.subarray(1))), /02 or 03/);
  assert.throws(() => decodeElement(concat(new Uint8Array([2]), bigIntToBytes(FIELD, 32))), /non-canonical/);
  // x = 1 gives 1 − 3 + b, which is not a square mod p: no point of P-256 has this x.
  assert.throws(() => decodeElement(concat(new Uint8Array([2]), bigIntToBytes(1n, 32))), /not on the curve/);
});

test('the scalar check refuses q and wrong lengths', () => {
  assert.equal(decodeScalar(bigIntToBytes(ORDER - 1n, 32)), ORDER - 1n);
  assert.throws(() => decodeScalar(bigIntToBytes(ORDER, 32)), /below the group order/);
  assert.throws(() => decodeScalar(new Uint8Array(31)), /32 bytes/);
});
