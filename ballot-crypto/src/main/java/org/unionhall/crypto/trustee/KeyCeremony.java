package org.unionhall.crypto.trustee;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.unionhall.crypto.group.Group;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;

/**
 * The public side of the key ceremony (protocol §6): what anyone (the relaying server, the
 * verifier, each trustee) computes from the published messages. Holds no secret.
 */
public final class KeyCeremony {

    /** Who is at fault after a complaint (protocol §6.4). */
    public enum Verdict {
        /** The share was wrong: the sender cheated and is excluded. */
        SENDER_AT_FAULT,
        /** The share was right or the complaint's proof is wrong: the complainer is at fault. */
        COMPLAINER_AT_FAULT
    }

    private KeyCeremony() {
    }

    /** The joint key K = Π_i C_(i,0) (protocol §6.5). */
    public static GroupElement jointKey(List<TrusteeAnnouncement> announcements) {
        GroupElement k = null;
        for (TrusteeAnnouncement a : announcements) {
            k = k == null ? a.commitments().get(0) : k.multiply(a.commitments().get(0));
        }
        if (k == null) {
            throw new InvalidInputException("key ceremony check: no trustee announcement");
        }
        return k;
    }

    /** Trustee j's public share P_j = Π_i Π_k C_(i,k)^(j^k) = g^(s_j) (protocol §6.5). */
    public static GroupElement publicShare(List<TrusteeAnnouncement> announcements, int j) {
        GroupElement acc = null;
        for (TrusteeAnnouncement a : announcements) {
            GroupElement e = feldman(a.commitments(), j);
            acc = acc == null ? e : acc.multiply(e);
        }
        return acc;
    }

    /** Π_k C_k^(j^k): what g^(P(j)) must equal for a correct share (Feldman, protocol §6.3). */
    public static GroupElement feldman(List<GroupElement> commitments, int j) {
        GroupElement acc = commitments.get(0);
        BigInteger power = BigInteger.ONE;
        BigInteger jj = BigInteger.valueOf(j);
        for (int k = 1; k < commitments.size(); k++) {
            power = power.multiply(jj);
            acc = acc.multiply(commitments.get(k).pow(power));
        }
        return acc;
    }

    /**
     * Checks a whole ceremony transcript: one valid announcement per trustee 1..n, one share for
     * every ordered pair of distinct trustees. Returns the first problem in words, or empty.
     */
    public static Optional<String> problem(byte[] baseHash, int trustees, int threshold,
            List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares) {
        if (announcements.size() != trustees) {
            return Optional.of("expected " + trustees + " trustee announcements, found " + announcements.size());
        }
        for (int i = 0; i < trustees; i++) {
            TrusteeAnnouncement a = announcements.get(i);
            if (a.trustee() != i + 1) {
                return Optional.of("announcements must be in trustee order 1.." + trustees);
            }
            Optional<String> p = a.problem(baseHash, trustees, threshold);
            if (p.isPresent()) {
                return p;
            }
        }
        if (shares.size() != trustees * (trustees - 1)) {
            return Optional.of("expected " + trustees * (trustees - 1) + " encrypted shares, found " + shares.size());
        }
        int at = 0;
        for (int from = 1; from <= trustees; from++) {
            for (int to = 1; to <= trustees; to++) {
                if (from != to) {
                    EncryptedShare s = shares.get(at++);
                    if (s.from() != from || s.to() != to) {
                        return Optional.of("encrypted shares must be ordered by sender, then recipient");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Digest of the ceremony transcript, bound into H_E (protocol §6.5). */
    public static byte[] digest(byte[] baseHash, List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(Hash.u32(announcements.size()));
        for (TrusteeAnnouncement a : announcements) {
            parts.add(Hash.u32(a.trustee()));
            parts.add(a.encryptionKey().encodedView());
            parts.add(a.encryptionKeyProof().encode());
            parts.add(Hash.u32(a.commitments().size()));
            for (int k = 0; k < a.commitments().size(); k++) {
                parts.add(a.commitments().get(k).encodedView());
                parts.add(a.coefficientProofs().get(k).encode());
            }
        }
        parts.add(Hash.u32(shares.size()));
        for (EncryptedShare s : shares) {
            parts.add(Hash.u32(s.from()));
            parts.add(Hash.u32(s.to()));
            parts.add(s.ephemeral().encodedView());
            parts.add(s.ciphertext());
            parts.add(s.mac());
        }
        return Hash.keyed(baseHash, Tag.CEREMONY, parts);
    }

    /** Decides a complaint (protocol §6.4) from public data only. */
    public static Verdict judge(byte[] baseHash, ShareComplaint complaint, EncryptedShare share,
            TrusteeAnnouncement sender, TrusteeAnnouncement recipient) {
        if (share.from() != complaint.from() || share.to() != complaint.to()
                || sender.trustee() != share.from() || recipient.trustee() != share.to()) {
            return Verdict.COMPLAINER_AT_FAULT;
        }
        List<byte[]> context = List.of(Hash.u32(share.from()), Hash.u32(share.to()));
        if (!complaint.proof().check(baseHash, Tag.COMPLAINT_PROOF, context, recipient.encryptionKey(),
                share.ephemeral(), complaint.sharedSecret())) {
            return Verdict.COMPLAINER_AT_FAULT;
        }
        return openShare(baseHash, share, complaint.sharedSecret(), sender).isPresent()
                ? Verdict.COMPLAINER_AT_FAULT : Verdict.SENDER_AT_FAULT;
    }

    /** The pad and MAC of a share given the shared secret S (protocol §6.3). */
    static byte[][] padAndMac(byte[] baseHash, int from, int to, GroupElement ephemeral, GroupElement secret,
            byte[] ciphertext) {
        byte[] pad = Hash.keyed(baseHash, Tag.SHARE_PAD, Hash.u32(from), Hash.u32(to), ephemeral.encodedView(),
                secret.encodedView());
        byte[] mac = Hash.keyed(baseHash, Tag.SHARE_MAC, Hash.u32(from), Hash.u32(to), ephemeral.encodedView(),
                secret.encodedView(), ciphertext);
        return new byte[][] {pad, mac};
    }

    /** Decrypts and checks a share with the shared secret; empty if the MAC, range or Feldman check fails. */
    static Optional<BigInteger> openShare(byte[] baseHash, EncryptedShare share, GroupElement secret,
            TrusteeAnnouncement sender) {
        byte[] ct = share.ciphertext();
        byte[][] pm = padAndMac(baseHash, share.from(), share.to(), share.ephemeral(), secret, ct);
        if (!MessageDigest.isEqual(pm[1], share.mac())) {
            return Optional.empty();
        }
        byte[] plain = new byte[32];
        for (int i = 0; i < 32; i++) {
            plain[i] = (byte) (ct[i] ^ pm[0][i]);
        }
        BigInteger s = new BigInteger(1, plain);
        if (s.compareTo(Group.ORDER) >= 0 || s.signum() == 0) {
            return Optional.empty();
        }
        if (!Group.g(s).equals(feldman(sender.commitments(), share.to()))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Encrypts a share value for a recipient (protocol §6.3). */
    static EncryptedShare sealShare(byte[] baseHash, int from, int to, BigInteger value, GroupElement recipientKey,
            BigInteger ephemeralSecret) {
        GroupElement r = Group.g(ephemeralSecret);
        GroupElement s = recipientKey.pow(ephemeralSecret);
        byte[] padOnly = padAndMac(baseHash, from, to, r, s, new byte[0])[0];
        byte[] plain = Scalars.encode(value);
        byte[] ct = new byte[32];
        for (int i = 0; i < 32; i++) {
            ct[i] = (byte) (plain[i] ^ padOnly[i]);
        }
        byte[] mac = padAndMac(baseHash, from, to, r, s, ct)[1];
        return new EncryptedShare(from, to, r, ct, mac);
    }

    /** Orders announcements by trustee index. */
    public static List<TrusteeAnnouncement> sorted(List<TrusteeAnnouncement> announcements) {
        List<TrusteeAnnouncement> copy = new ArrayList<>(announcements);
        copy.sort(Comparator.comparingInt(TrusteeAnnouncement::trustee));
        return copy;
    }
}
