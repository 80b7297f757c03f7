package org.unionhall.crypto.ballot;

import org.unionhall.crypto.elgamal.ElectionKey;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * What a booth and a checker need (protocol §3.4): the manifest, H_B, the election key K with
 * its table, and the extended hash H_E = HMAC(H_B, tag ‖ K ‖ ceremony digest ‖ roll digest)
 * that keys every ballot hash.
 */
public final class ElectionContext {

    private final Manifest manifest;
    private final byte[] baseHash;
    private final ElectionKey key;
    private final byte[] extendedHash;

    private ElectionContext(Manifest manifest, byte[] baseHash, ElectionKey key, byte[] extendedHash) {
        this.manifest = manifest;
        this.baseHash = baseHash;
        this.key = key;
        this.extendedHash = extendedHash;
    }

    /** Derives H_B and H_E and precomputes the key's table. */
    public static ElectionContext create(Manifest manifest, GroupElement jointKey, byte[] ceremonyDigest,
            byte[] rollDigest) {
        byte[] hb = manifest.baseHash();
        byte[] he = Hash.keyed(hb, Tag.EXTENDED, jointKey.encodedView(), ceremonyDigest, rollDigest);
        return new ElectionContext(manifest, hb, new ElectionKey(jointKey), he);
    }

    /** The manifest. */
    public Manifest manifest() {
        return manifest;
    }

    /** H_B. */
    public byte[] baseHash() {
        return baseHash.clone();
    }

    /** The election key K. */
    public ElectionKey key() {
        return key;
    }

    /** H_E. */
    public byte[] extendedHash() {
        return extendedHash.clone();
    }

    byte[] extendedHashView() {
        return extendedHash;
    }
}
