package org.unionhall.crypto.record;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.unionhall.crypto.ballot.BallotOpening;
import org.unionhall.crypto.ballot.BoardEntry;
import org.unionhall.crypto.ballot.Contest;
import org.unionhall.crypto.ballot.ContestMethod;
import org.unionhall.crypto.ballot.EncryptedBallot;
import org.unionhall.crypto.ballot.EncryptedContest;
import org.unionhall.crypto.ballot.Manifest;
import org.unionhall.crypto.ballot.RollEntry;
import org.unionhall.crypto.ballot.VotingOpened;
import org.unionhall.crypto.elgamal.Ciphertext;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.group.Scalars;
import org.unionhall.crypto.proof.EqualityProof;
import org.unionhall.crypto.proof.RangeProof;
import org.unionhall.crypto.proof.SchnorrProof;
import org.unionhall.crypto.tally.ElectionResult;
import org.unionhall.crypto.tally.EncryptedTally;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;

/**
 * Maps every record object to and from its JSON form (protocol §10.2–10.9). Decoding validates
 * every element, scalar and field and throws {@link InvalidInputException} naming the field.
 */
public final class RecordCodec {

    private RecordCodec() {
    }

    private static Map<String, Object> obj() {
        return new TreeMap<>();
    }

    // ---- election.json (§10.2)

    /** election.json. */
    public static Map<String, Object> manifest(Manifest m) {
        Map<String, Object> o = obj();
        o.put("format", m.format());
        o.put("group", org.unionhall.crypto.group.Group.NAME);
        o.put("election", m.election());
        o.put("title", m.title());
        o.put("trustees", (long) m.trustees());
        o.put("threshold", (long) m.threshold());
        List<Object> cs = new ArrayList<>();
        for (Contest c : m.contests()) {
            Map<String, Object> co = obj();
            co.put("id", c.id());
            co.put("question", c.question());
            co.put("method", c.method().label());
            co.put("options", new ArrayList<Object>(c.options()));
            co.put("min", (long) c.min());
            co.put("max", (long) c.max());
            co.put("range", (long) c.range());
            cs.add(co);
        }
        o.put("contests", cs);
        return o;
    }

    /** Reads election.json (version 1 or 2), refusing an unknown format or group. */
    public static Manifest manifest(Object json) {
        Node n = new Node(json, "election");
        n.only("format", "group", "election", "title", "trustees", "threshold", "contests");
        java.util.OptionalInt version = Manifest.versionOf(n.string("format"));
        if (version.isEmpty()) {
            throw new InvalidInputException("format check: unknown record format '" + n.string("format") + "'");
        }
        if (!org.unionhall.crypto.group.Group.NAME.equals(n.string("group"))) {
            throw new InvalidInputException("format check: unknown group '" + n.string("group") + "'");
        }
        List<Contest> contests = new ArrayList<>();
        List<Object> cs = n.list("contests");
        for (int i = 0; i < cs.size(); i++) {
            Node c = new Node(cs.get(i), "election.contests[" + i + "]");
            c.only("id", "question", "method", "options", "min", "max", "range");
            List<String> options = new ArrayList<>();
            for (Object o : c.list("options")) {
                options.add(Node.string(o, c.where() + ".options[]"));
            }
            contests.add(new Contest(c.string("id"), c.string("question"), ContestMethod.of(c.string("method")), options,
                    c.smallInt("min"), c.smallInt("max"), c.smallInt("range")));
        }
        return new Manifest(n.string("election"), n.string("title"), contests, n.smallInt("trustees"),
                n.smallInt("threshold"), version.getAsInt());
    }

    // ---- context.json (§10.3)

    /**
     * The hashes and key a booth needs, as declared in context.json, and in version 2 what was
     * fixed when voting opened (board key, opening instant, eligible count and its basis).
     */
    public record DeclaredContext(byte[] baseHash, GroupElement jointKey, byte[] ceremonyDigest, byte[] rollDigest,
            byte[] extendedHash, Optional<VotingOpened> opened) {

        /** A version 1 context. */
        public DeclaredContext(byte[] baseHash, GroupElement jointKey, byte[] ceremonyDigest, byte[] rollDigest,
                byte[] extendedHash) {
            this(baseHash, jointKey, ceremonyDigest, rollDigest, extendedHash, Optional.empty());
        }
    }

    /** context.json: the version 1 fields, and in version 2 also boardKey, opened, eligible, eligibleBasis. */
    public static Map<String, Object> context(DeclaredContext c) {
        Map<String, Object> o = obj();
        o.put("baseHash", Bytes.encode(c.baseHash()));
        o.put("jointKey", Bytes.encode(c.jointKey().encode()));
        o.put("ceremonyDigest", Bytes.encode(c.ceremonyDigest()));
        o.put("rollDigest", Bytes.encode(c.rollDigest()));
        o.put("extendedHash", Bytes.encode(c.extendedHash()));
        c.opened().ifPresent(v -> {
            o.put("boardKey", Bytes.encode(v.boardKey().encode()));
            o.put("opened", v.opened());
            o.put("eligible", v.eligible());
            o.put("eligibleBasis", v.eligibleBasis());
        });
        return o;
    }

    /**
     * Reads context.json of either version: exactly the five version 1 fields, or exactly those
     * and the four of version 2 (the verifier checks that this matches election.json's format).
     */
    public static DeclaredContext context(Object json) {
        Node n = new Node(json, "context");
        Optional<VotingOpened> opened = Optional.empty();
        if (n.has("boardKey")) {
            n.only("baseHash", "jointKey", "ceremonyDigest", "rollDigest", "extendedHash", "boardKey", "opened",
                    "eligible", "eligibleBasis");
            opened = Optional.of(new VotingOpened(element(n, "boardKey"), n.string("opened"), n.integer("eligible"),
                    n.string("eligibleBasis")));
        } else {
            n.only("baseHash", "jointKey", "ceremonyDigest", "rollDigest", "extendedHash");
        }
        return new DeclaredContext(hash(n, "baseHash"), element(n, "jointKey"), hash(n, "ceremonyDigest"),
                hash(n, "rollDigest"), hash(n, "extendedHash"), opened);
    }

    // ---- closing.json (§10.10, version 2)

    /** closing.json: the instant voting actually closed. */
    public static Map<String, Object> closing(String closed) {
        Map<String, Object> o = obj();
        o.put("closed", VotingOpened.checkInstant(closed, "closed"));
        return o;
    }

    /** Reads closing.json; returns the instant voting closed. */
    public static String closing(Object json) {
        Node n = new Node(json, "closing");
        n.only("closed");
        return VotingOpened.checkInstant(n.string("closed"), "closing.closed");
    }

    // ---- ceremony.json (§10.4)

    /** ceremony.json. */
    public static Map<String, Object> ceremony(List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares) {
        List<Object> as = new ArrayList<>();
        for (TrusteeAnnouncement a : announcements) {
            Map<String, Object> o = obj();
            o.put("trustee", (long) a.trustee());
            o.put("encryptionKey", Bytes.encode(a.encryptionKey().encode()));
            o.put("encryptionKeyProof", Bytes.encode(a.encryptionKeyProof().encode()));
            List<Object> cs = new ArrayList<>();
            List<Object> ps = new ArrayList<>();
            for (int k = 0; k < a.commitments().size(); k++) {
                cs.add(Bytes.encode(a.commitments().get(k).encode()));
                ps.add(Bytes.encode(a.coefficientProofs().get(k).encode()));
            }
            o.put("commitments", cs);
            o.put("coefficientProofs", ps);
            as.add(o);
        }
        List<Object> ss = new ArrayList<>();
        for (EncryptedShare s : shares) {
            Map<String, Object> o = obj();
            o.put("from", (long) s.from());
            o.put("to", (long) s.to());
            o.put("ephemeral", Bytes.encode(s.ephemeral().encode()));
            o.put("ciphertext", Bytes.encode(s.ciphertext()));
            o.put("mac", Bytes.encode(s.mac()));
            ss.add(o);
        }
        Map<String, Object> o = obj();
        o.put("announcements", as);
        o.put("shares", ss);
        return o;
    }

    /** The decoded key ceremony transcript. */
    public record Ceremony(List<TrusteeAnnouncement> announcements, List<EncryptedShare> shares) {
    }

    /** Reads ceremony.json. */
    public static Ceremony ceremony(Object json) {
        Node n = new Node(json, "ceremony");
        n.only("announcements", "shares");
        List<TrusteeAnnouncement> as = new ArrayList<>();
        List<Object> al = n.list("announcements");
        for (int i = 0; i < al.size(); i++) {
            Node a = new Node(al.get(i), "ceremony.announcements[" + i + "]");
            a.only("trustee", "encryptionKey", "encryptionKeyProof", "commitments", "coefficientProofs");
            List<GroupElement> cs = new ArrayList<>();
            for (Object c : a.list("commitments")) {
                cs.add(GroupElement.decode(Bytes.decode(Node.string(c, a.where() + ".commitments[]"))));
            }
            List<SchnorrProof> ps = new ArrayList<>();
            for (Object p : a.list("coefficientProofs")) {
                ps.add(SchnorrProof.decode(Bytes.decode(Node.string(p, a.where() + ".coefficientProofs[]"))));
            }
            as.add(new TrusteeAnnouncement(a.smallInt("trustee"), element(a, "encryptionKey"),
                    SchnorrProof.decode(a.bytes("encryptionKeyProof")), cs, ps));
        }
        List<EncryptedShare> ss = new ArrayList<>();
        List<Object> sl = n.list("shares");
        for (int i = 0; i < sl.size(); i++) {
            Node s = new Node(sl.get(i), "ceremony.shares[" + i + "]");
            s.only("from", "to", "ephemeral", "ciphertext", "mac");
            ss.add(new EncryptedShare(s.smallInt("from"), s.smallInt("to"), element(s, "ephemeral"), s.bytes("ciphertext"),
                    s.bytes("mac")));
        }
        return new Ceremony(as, ss);
    }

    // ---- roll.ndjson (§10.5)

    /** One line of roll.ndjson. */
    public static Map<String, Object> rollEntry(RollEntry e) {
        Map<String, Object> o = obj();
        o.put("credential", Bytes.encode(e.credential().encode()));
        o.put("weight", e.weight());
        return o;
    }

    /** Reads one line of roll.ndjson. */
    public static RollEntry rollEntry(Object json, String where) {
        Node n = new Node(json, where);
        n.only("credential", "weight");
        return new RollEntry(element(n, "credential"), n.integer("weight"));
    }

    // ---- board.ndjson (§10.6)

    /**
     * One line of board.ndjson (§10.6). The previous code and the ballot's election hash are not
     * written: the first is the code of the line before, the second is H_E of the record.
     */
    public static Map<String, Object> boardEntry(BoardEntry e) {
        Map<String, Object> o = obj();
        o.put("seq", e.sequence());
        o.put("code", Bytes.encode(e.code()));
        o.put("state", e.state().label());
        o.put("ballot", ballotBody(e.ballot()));
        e.opening().ifPresent(op -> o.put("opening", opening(op)));
        return o;
    }

    /** A ballot as a booth submits it to the server (§8.2): the board form plus its election hash. */
    public static Map<String, Object> ballot(EncryptedBallot b) {
        Map<String, Object> o = ballotBody(b);
        o.put("election", Bytes.encode(b.election()));
        return o;
    }

    /** Reads a submitted ballot (§8.2) for the given manifest. */
    public static EncryptedBallot submittedBallot(Object json, Manifest manifest) {
        return ballot(new Node(json, "ballot"), manifest, null);
    }

    private static Map<String, Object> ballotBody(EncryptedBallot b) {
        Map<String, Object> o = obj();
        o.put("credential", Bytes.encode(b.credential().encode()));
        List<Object> cs = new ArrayList<>();
        for (EncryptedContest c : b.contests()) {
            Map<String, Object> co = obj();
            List<Object> sel = new ArrayList<>();
            for (int i = 0; i < c.selections().size(); i++) {
                Map<String, Object> s = obj();
                s.put("alpha", Bytes.encode(c.selections().get(i).alpha().encode()));
                s.put("beta", Bytes.encode(c.selections().get(i).beta().encode()));
                s.put("proof", Bytes.encode(c.selectionProofs().get(i).encode()));
                sel.add(s);
            }
            co.put("selections", sel);
            c.limitProof().ifPresent(p -> co.put("limit", Bytes.encode(p.encode())));
            cs.add(co);
        }
        o.put("contests", cs);
        o.put("signature", Bytes.encode(b.signature().encode()));
        return o;
    }

    private static List<Object> opening(BallotOpening op) {
        List<Object> out = new ArrayList<>();
        for (int ci = 0; ci < op.values().size(); ci++) {
            List<Object> row = new ArrayList<>();
            for (int oi = 0; oi < op.values().get(ci).size(); oi++) {
                Map<String, Object> s = obj();
                s.put("value", (long) op.values().get(ci).get(oi));
                s.put("nonce", Bytes.encode(Scalars.encode(op.nonces().get(ci).get(oi))));
                row.add(s);
            }
            out.add(row);
        }
        return out;
    }

    /** The chain fields of a board line, readable even when its ballot is not. */
    public record ChainFields(long sequence, byte[] code, BoardEntry.State state) {
    }

    /** A decoded board line: chain fields, ballot, and the opening of a challenged ballot. */
    public record BoardLine(ChainFields chain, EncryptedBallot ballot, Optional<BallotOpening> opening) {
    }

    /**
     * The ballot digest of a board line computed from the bytes as written (§8.3, §11.3): every
     * part is the base64url decoding of its field, without checking that it is a valid element or
     * a proof of the right length; the numbers of contests and selections are the lengths of the
     * arrays; a contest without {@code limit} contributes an empty part, exactly as
     * {@code "limit":""} would; fields the digest does not name are ignored. Empty when a part is
     * missing, has the wrong JSON type or is not base64url (§2.4): the digest, and so the
     * tracking code, is then undefined.
     */
    public static Optional<byte[]> writtenBallotDigest(Object boardLine, byte[] extendedHash) {
        try {
            Node b = new Node(boardLine, "line").node("ballot");
            List<byte[]> parts = new ArrayList<>();
            parts.add(b.bytes("credential"));
            List<Object> cs = b.list("contests");
            parts.add(org.unionhall.crypto.hash.Hash.u32(cs.size()));
            for (Object co : cs) {
                Node c = new Node(co, "contest");
                List<Object> sl = c.list("selections");
                parts.add(org.unionhall.crypto.hash.Hash.u32(sl.size()));
                for (Object so : sl) {
                    Node sel = new Node(so, "selection");
                    parts.add(sel.bytes("alpha"));
                    parts.add(sel.bytes("beta"));
                    parts.add(sel.bytes("proof"));
                }
                parts.add(c.has("limit") ? c.bytes("limit") : new byte[0]);
            }
            return Optional.of(org.unionhall.crypto.hash.Hash.keyed(extendedHash,
                    org.unionhall.crypto.hash.Tag.BALLOT, parts));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** Reads the chain fields of a board line. */
    public static ChainFields chainFields(Object json, String where) {
        Node n = new Node(json, where);
        String state = n.string("state");
        BoardEntry.State s;
        if (state.equals("cast")) {
            s = BoardEntry.State.CAST;
        } else if (state.equals("challenged")) {
            s = BoardEntry.State.CHALLENGED;
        } else {
            throw new InvalidInputException("record field check: " + where + ".state must be cast or challenged");
        }
        return new ChainFields(n.integer("seq"), hash(n, "code"), s);
    }

    /**
     * Reads one board line of the election with extended hash H_E; the shape of every contest
     * follows the manifest (number of options, range and limits decide the proof lengths).
     */
    public static BoardLine boardLine(Object json, String where, Manifest manifest, byte[] extendedHash) {
        Node n = new Node(json, where);
        ChainFields chain = chainFields(json, where);
        if (chain.state() == BoardEntry.State.CAST) {
            n.only("seq", "code", "state", "ballot");
        } else {
            n.only("seq", "code", "state", "ballot", "opening");
        }
        EncryptedBallot ballot = ballot(n.node("ballot"), manifest, extendedHash);
        Optional<BallotOpening> opening = Optional.empty();
        if (chain.state() == BoardEntry.State.CHALLENGED) {
            opening = Optional.of(opening(n.list("opening"), where + ".opening"));
        }
        return new BoardLine(chain, ballot, opening);
    }

    private static EncryptedBallot ballot(Node b, Manifest manifest, byte[] extendedHash) {
        if (extendedHash == null) {
            b.only("election", "credential", "contests", "signature");
        } else {
            b.only("credential", "contests", "signature");
        }
        List<Object> cs = b.list("contests");
        if (cs.size() != manifest.contests().size()) {
            throw new InvalidInputException("ballot shape check: " + b.where() + " has " + cs.size() + " contests, the manifest "
                    + manifest.contests().size());
        }
        List<EncryptedContest> contests = new ArrayList<>();
        for (int ci = 0; ci < cs.size(); ci++) {
            Contest contest = manifest.contests().get(ci);
            Node c = new Node(cs.get(ci), b.where() + ".contests[" + ci + "]");
            if (contest.hasLimitProof()) {
                c.only("selections", "limit");
            } else {
                c.only("selections");
            }
            List<Object> sl = c.list("selections");
            if (sl.size() != contest.options().size()) {
                throw new InvalidInputException("ballot shape check: " + c.where() + " has " + sl.size()
                        + " selections, the contest " + contest.options().size());
            }
            List<Ciphertext> cts = new ArrayList<>();
            List<RangeProof> proofs = new ArrayList<>();
            for (int oi = 0; oi < sl.size(); oi++) {
                Node s = new Node(sl.get(oi), c.where() + ".selections[" + oi + "]");
                s.only("alpha", "beta", "proof");
                cts.add(new Ciphertext(element(s, "alpha"), element(s, "beta")));
                proofs.add(RangeProof.decode(s.bytes("proof"), 0, contest.range()));
            }
            Optional<RangeProof> limit = contest.hasLimitProof()
                    ? Optional.of(RangeProof.decode(c.bytes("limit"), contest.min(), contest.max()))
                    : Optional.empty();
            contests.add(new EncryptedContest(cts, proofs, limit));
        }
        byte[] election = extendedHash == null ? hash(b, "election") : extendedHash;
        return new EncryptedBallot(election, element(b, "credential"), contests,
                SchnorrProof.decode(b.bytes("signature")));
    }

    private static BallotOpening opening(List<Object> rows, String where) {
        List<List<Integer>> values = new ArrayList<>();
        List<List<BigInteger>> nonces = new ArrayList<>();
        for (int ci = 0; ci < rows.size(); ci++) {
            List<Integer> vs = new ArrayList<>();
            List<BigInteger> ns = new ArrayList<>();
            for (Object cell : Node.list(rows.get(ci), where + "[" + ci + "]")) {
                Node s = new Node(cell, where + "[" + ci + "][]");
                s.only("value", "nonce");
                vs.add(s.smallInt("value"));
                ns.add(Scalars.decode(s.bytes("nonce")));
            }
            values.add(vs);
            nonces.add(ns);
        }
        return new BallotOpening(values, nonces);
    }

    // ---- tally.json (§10.7)

    /** tally.json. */
    public static Map<String, Object> tally(EncryptedTally t) {
        Map<String, Object> o = obj();
        o.put("ballotsCounted", t.ballotsCounted());
        o.put("totalWeight", t.totalWeight());
        List<Object> cs = new ArrayList<>();
        for (List<Ciphertext> row : t.totals()) {
            List<Object> r = new ArrayList<>();
            for (Ciphertext ct : row) {
                Map<String, Object> c = obj();
                c.put("alpha", Bytes.encode(ct.alpha().encode()));
                c.put("beta", Bytes.encode(ct.beta().encode()));
                r.add(c);
            }
            cs.add(r);
        }
        o.put("contests", cs);
        return o;
    }

    /** Reads tally.json. */
    public static EncryptedTally tally(Object json) {
        Node n = new Node(json, "tally");
        n.only("ballotsCounted", "totalWeight", "contests");
        List<List<Ciphertext>> totals = new ArrayList<>();
        List<Object> cs = n.list("contests");
        for (int ci = 0; ci < cs.size(); ci++) {
            List<Ciphertext> row = new ArrayList<>();
            for (Object cell : Node.list(cs.get(ci), "tally.contests[" + ci + "]")) {
                Node c = new Node(cell, "tally.contests[" + ci + "][]");
                c.only("alpha", "beta");
                row.add(new Ciphertext(element(c, "alpha"), element(c, "beta")));
            }
            totals.add(row);
        }
        return new EncryptedTally(totals, n.integer("ballotsCounted"), n.integer("totalWeight"));
    }

    // ---- decryption.json (§10.8)

    /** decryption.json: partial decryptions of the present trustees, in trustee order. */
    public static Map<String, Object> decryption(Map<Integer, List<PartialDecryption>> byTrustee) {
        List<Object> ts = new ArrayList<>();
        new TreeMap<>(byTrustee).forEach((trustee, partials) -> {
            Map<String, Object> t = obj();
            t.put("trustee", (long) trustee);
            List<Object> ps = new ArrayList<>();
            for (PartialDecryption p : partials) {
                Map<String, Object> s = obj();
                s.put("share", Bytes.encode(p.share().encode()));
                s.put("proof", Bytes.encode(p.proof().encode()));
                ps.add(s);
            }
            t.put("partials", ps);
            ts.add(t);
        });
        Map<String, Object> o = obj();
        o.put("trustees", ts);
        return o;
    }

    /** Reads decryption.json, refusing trustees listed twice or out of ascending order. */
    public static Map<Integer, List<PartialDecryption>> decryption(Object json) {
        Node n = new Node(json, "decryption");
        n.only("trustees");
        Map<Integer, List<PartialDecryption>> out = new LinkedHashMap<>();
        int previous = 0;
        List<Object> ts = n.list("trustees");
        for (int i = 0; i < ts.size(); i++) {
            Node t = new Node(ts.get(i), "decryption.trustees[" + i + "]");
            t.only("trustee", "partials");
            int trustee = t.smallInt("trustee");
            List<PartialDecryption> ps = new ArrayList<>();
            for (Object cell : t.list("partials")) {
                Node p = new Node(cell, t.where() + ".partials[]");
                p.only("share", "proof");
                ps.add(new PartialDecryption(trustee, element(p, "share"), EqualityProof.decode(p.bytes("proof"))));
            }
            if (out.put(trustee, ps) != null) {
                throw new InvalidInputException("record field check: trustee " + trustee + " appears twice in decryption.json");
            }
            if (trustee <= previous) {
                throw new InvalidInputException("record field check: decryption.json lists trustee " + trustee
                        + " after trustee " + previous + "; trustees are listed in ascending order (§10.8)");
            }
            previous = trustee;
        }
        return out;
    }

    // ---- result.json (§10.9)

    /** result.json. */
    public static Map<String, Object> result(Manifest manifest, ElectionResult r) {
        List<Object> cs = new ArrayList<>();
        for (int ci = 0; ci < manifest.contests().size(); ci++) {
            Map<String, Object> c = obj();
            c.put("id", manifest.contests().get(ci).id());
            c.put("counts", new ArrayList<Object>(r.counts().get(ci)));
            cs.add(c);
        }
        Map<String, Object> o = obj();
        o.put("contests", cs);
        return o;
    }

    /** Reads result.json, checking contest ids against the manifest. */
    public static ElectionResult result(Object json, Manifest manifest) {
        Node n = new Node(json, "result");
        n.only("contests");
        List<Object> cs = n.list("contests");
        if (cs.size() != manifest.contests().size()) {
            throw new InvalidInputException("result check: result.json must list every contest of the manifest");
        }
        List<List<Long>> counts = new ArrayList<>();
        for (int ci = 0; ci < cs.size(); ci++) {
            Node c = new Node(cs.get(ci), "result.contests[" + ci + "]");
            c.only("id", "counts");
            if (!c.string("id").equals(manifest.contests().get(ci).id())) {
                throw new InvalidInputException("result check: contest " + ci + " of result.json is not '"
                        + manifest.contests().get(ci).id() + "'");
            }
            List<Long> row = new ArrayList<>();
            for (Object v : c.list("counts")) {
                row.add(Node.integer(v, c.where() + ".counts[]"));
            }
            counts.add(row);
        }
        return new ElectionResult(counts);
    }

    // ---- helpers

    private static GroupElement element(Node n, String name) {
        try {
            return GroupElement.decode(n.bytes(name));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(n.where() + "." + name + ": " + e.getMessage());
        }
    }

    private static byte[] hash(Node n, String name) {
        byte[] h = n.bytes(name);
        if (h.length != 32) {
            throw new InvalidInputException("record field check: " + n.where() + "." + name + " must be 32 bytes");
        }
        return h;
    }
}
