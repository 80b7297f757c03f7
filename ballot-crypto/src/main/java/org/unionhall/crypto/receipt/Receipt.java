package org.unionhall.crypto.receipt;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.hash.Hash;
import org.unionhall.crypto.hash.Tag;
import org.unionhall.crypto.proof.SchnorrProof;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.Json;
import org.unionhall.crypto.record.RecordFormatException;

/**
 * A receipt signed by the board key (protocol §8.8): the server's statement that in election H_E
 * the entry {@code seq}, in state {@code state}, has tracking code {@code code} and follows
 * {@code previous} (code_(seq−1), or code_0 for seq 1). Its wire form is one canonical JSON object
 * {@code {"code","election","format":"unionhall-receipt/2","previous","seq","signature","state"}}.
 */
public final class Receipt {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "unionhall-receipt/2";
    /** The largest seq: the largest integer of canonical JSON (§10.1). */
    public static final long MAX_SEQ = Json.MAX_INTEGER;

    private static final Set<String> FIELDS = Set.of("code", "election", "format", "previous", "seq", "signature",
            "state");
    /** Longer text cannot be a receipt (a real one is about 300 characters); refused before parsing. */
    private static final int MAX_LENGTH = 1024;

    private final byte[] election;
    private final long seq;
    private final BoardEntry.State state;
    private final byte[] previous;
    private final byte[] code;
    private final SchnorrProof signature;

    private Receipt(byte[] election, long seq, BoardEntry.State state, byte[] previous, byte[] code,
            SchnorrProof signature) {
        check(election, "election");
        check(previous, "previous");
        check(code, "code");
        if (seq < 1 || seq > MAX_SEQ) {
            throw new InvalidInputException("receipt check: seq must be a whole number from 1 to 2^53−1");
        }
        this.election = election.clone();
        this.seq = seq;
        this.state = state;
        this.previous = previous.clone();
        this.code = code.clone();
        this.signature = signature;
    }

    private static void check(byte[] hash, String field) {
        if (hash == null || hash.length != Hash.LENGTH) {
            throw new InvalidInputException("receipt check: " + field + " must be 32 bytes");
        }
    }

    /**
     * Signs the receipt for entry {@code seq} of the board of election {@code extendedHash}: a
     * Schnorr proof (§5.1) of knowledge of b, key H_E, tag {@code unionhall/v2/receipt-signature},
     * ctx = the receipt digest.
     */
    public static Receipt sign(byte[] extendedHash, BoardKey key, long seq, BoardEntry.State state, byte[] previous,
            byte[] code, SecureRandom random) {
        check(extendedHash, "election");
        byte[] digest = digest(extendedHash, seq, state, previous, code);
        SchnorrProof signature = SchnorrProof.prove(extendedHash, Tag.RECEIPT_SIGNATURE, List.of(digest),
                key.secretScalar(), random);
        return new Receipt(extendedHash, seq, state, previous, code, signature);
    }

    /** receiptDigest = HK(H_E, "unionhall/v2/receipt", u64(seq), utf8(state), previous, code). */
    static byte[] digest(byte[] extendedHash, long seq, BoardEntry.State state, byte[] previous, byte[] code) {
        return Hash.keyed(extendedHash, Tag.RECEIPT, Hash.u64(seq), Hash.utf8(state.label()), previous, code);
    }

    /** True iff the signature checks under the board key B, with this receipt's own election as H_E. */
    public boolean signatureValid(GroupElement boardKey) {
        return signature.check(election, Tag.RECEIPT_SIGNATURE, List.of(digest(election, seq, state, previous, code)),
                boardKey);
    }

    /** The canonical JSON text (§10.1), one line, no trailing newline. */
    public String toJson() {
        Map<String, Object> o = new TreeMap<>();
        o.put("code", Bytes.encode(code));
        o.put("election", Bytes.encode(election));
        o.put("format", FORMAT);
        o.put("previous", Bytes.encode(previous));
        o.put("seq", seq);
        o.put("signature", Bytes.encode(signature.encode()));
        o.put("state", state.label());
        return Json.write(o);
    }

    /**
     * Reads a receipt from its canonical JSON text; whitespace around it (a pasted or saved line)
     * is ignored. Refuses, naming the reason, anything else: non-canonical or malformed JSON, a
     * missing or extra field, a wrong format, a seq outside 1..2^53−1, a state other than cast or
     * challenged, hashes that are not 32 bytes of base64url, a signature that is not 48 bytes with
     * v &lt; q. It does not check the signature: see {@link #signatureValid}.
     */
    public static Receipt parse(String text) {
        if (text == null) {
            throw new InvalidInputException("receipt check: no receipt given");
        }
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            throw new InvalidInputException("receipt check: " + t.length() + " characters is too long for a receipt");
        }
        Object json;
        try {
            json = Json.parse(t);
        } catch (RecordFormatException e) {
            throw new InvalidInputException("receipt check: " + e.getMessage());
        }
        if (!(json instanceof Map<?, ?> m) || !m.keySet().equals(FIELDS)) {
            throw new InvalidInputException("receipt check: a receipt is a JSON object with exactly the fields "
                    + String.join(", ", new java.util.TreeSet<>(FIELDS)));
        }
        if (!FORMAT.equals(m.get("format"))) {
            throw new InvalidInputException("receipt check: format must be " + FORMAT);
        }
        if (!(m.get("seq") instanceof Long seq)) {
            throw new InvalidInputException("receipt check: seq must be a whole number");
        }
        BoardEntry.State state;
        Object s = m.get("state");
        if ("cast".equals(s)) {
            state = BoardEntry.State.CAST;
        } else if ("challenged".equals(s)) {
            state = BoardEntry.State.CHALLENGED;
        } else {
            throw new InvalidInputException("receipt check: state must be cast or challenged");
        }
        return new Receipt(bytes(m, "election"), seq, state, bytes(m, "previous"), bytes(m, "code"),
                SchnorrProof.decode(bytes(m, "signature")));
    }

    private static byte[] bytes(Map<?, ?> m, String field) {
        if (!(m.get(field) instanceof String s)) {
            throw new InvalidInputException("receipt check: " + field + " must be a base64url string");
        }
        try {
            return Bytes.decode(s);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("receipt check: " + field + ": " + e.getMessage());
        }
    }

    /** H_E of the election the receipt claims to be for. */
    public byte[] election() {
        return election.clone();
    }

    /** The board position. */
    public long seq() {
        return seq;
    }

    /** Cast or challenged. */
    public BoardEntry.State state() {
        return state;
    }

    /** code_(seq−1) as the server saw it (code_0 for seq 1). */
    public byte[] previous() {
        return previous.clone();
    }

    /** The tracking code code_seq. */
    public byte[] code() {
        return code.clone();
    }

    /** The 48-byte signature c ‖ v. */
    public SchnorrProof signature() {
        return signature;
    }

    /** True iff this receipt is for the election with the given H_E. */
    public boolean isFor(byte[] extendedHash) {
        return MessageDigest.isEqual(election, extendedHash);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
