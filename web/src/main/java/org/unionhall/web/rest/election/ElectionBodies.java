package org.unionhall.web.rest.election;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unionhall.application.election.ContestSpec;
import org.unionhall.application.election.DecryptionShare;
import org.unionhall.application.election.PrepareElection;
import org.unionhall.application.election.ProtocolMessages;
import org.unionhall.application.election.SubmittedBallot;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.election.SubjectKind;
import org.unionhall.domain.membership.MemberId;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.web.rest.InvalidFields;

/**
 * The JSON bodies of the elections API, each a record checked before the service is called.
 * Unionhall's own (preparing an election, a voting key) are read as they are; the trustees'
 * messages (announcement, shares, complaint, partial decryption) have the fields of their record
 * form and are then read with ballot-crypto's codec ({@link ProtocolMessages}); a ballot and its
 * opening, whose shape depends on the election's questions, travel as JSON values in their record
 * form and are read by the election service against its manifest. Either way the body has passed the
 * API's strict reading first: UTF-8, no repeated keys, no unknown fields in the envelope, and
 * bounded nesting.
 */
public final class ElectionBodies {

    private ElectionBodies() {
    }

    /**
     * A secret ballot to prepare.
     *
     * @param subjectKind MOTION or OFFICER_ELECTION
     * @param subjectId the motion or officer election it decides
     * @param title the title shown to members and written in the record
     * @param scope the union's or chapter's slug
     * @param contests the questions, in order
     * @param trustees the member ids of the trustees, in trustee order
     * @param threshold how many trustees are needed to decrypt
     * @param opensAt when voting opens
     * @param closesAt when voting closes
     */
    @Schema(name = "PrepareElectionBody")
    public record PrepareBody(@Schema(required = true) SubjectKind subjectKind,
                              @Schema(required = true, maxLength = 100) String subjectId,
                              @Schema(required = true, maxLength = 200) String title,
                              @Schema(required = true, maxLength = 60) String scope,
                              @Schema(required = true) List<ContestBody> contests,
                              @Schema(required = true) List<String> trustees,
                              @Schema(required = true) Integer threshold,
                              @Schema(required = true, example = "2026-05-01T18:00:00Z") Instant opensAt,
                              @Schema(required = true, example = "2026-05-08T18:00:00Z") Instant closesAt) {

        /** The checked body as the service's request; a malformed trustee id answers 422. */
        static PrepareElection checked(PrepareBody b) {
            InvalidFields.Checks checks = InvalidFields.of(b).present("subjectKind", b.subjectKind())
                    .required("subjectId", b.subjectId(), 100).required("title", b.title(), 200)
                    .required("scope", b.scope(), 60).present("contests", b.contests())
                    .present("trustees", b.trustees()).present("threshold", b.threshold())
                    .present("opensAt", b.opensAt()).present("closesAt", b.closesAt());
            for (int i = 0; b.contests() != null && i < b.contests().size(); i++) {
                b.contests().get(i).check(checks, "contests[" + i + "].");
            }
            checks.verify();
            return new PrepareElection(b.subjectKind(), b.subjectId(), b.title(), b.scope(),
                    b.contests().stream().map(ContestBody::spec).toList(),
                    b.trustees().stream().map(MemberId::of).toList(), b.threshold(), b.opensAt(), b.closesAt());
        }
    }

    /**
     * One question of a ballot, as in a manifest contest (protocol §8.1).
     *
     * @param id short id, unique within the election
     * @param question the question put to members
     * @param method yes-no-abstain, one-of-n, approval or score
     * @param options the options in order
     * @param min least number of selections (or total score)
     * @param max most number of selections (or total score)
     * @param range largest value of one selection (1 except for score)
     */
    @Schema(name = "ContestBody")
    public record ContestBody(@Schema(required = true, maxLength = 60) String id,
                              @Schema(required = true, maxLength = 500) String question,
                              @Schema(required = true, example = "yes-no-abstain") String method,
                              @Schema(required = true) List<String> options,
                              @Schema(required = true) Integer min,
                              @Schema(required = true) Integer max,
                              @Schema(required = true) Integer range) {

        void check(InvalidFields.Checks checks, String prefix) {
            checks.required(prefix + "id", id, 60).required(prefix + "question", question, 500)
                    .required(prefix + "method", method, 40).present(prefix + "options", options)
                    .present(prefix + "min", min).present(prefix + "max", max).present(prefix + "range", range);
        }

        ContestSpec spec() {
            return new ContestSpec(id, question, method, options, min, max, range);
        }
    }

    /**
     * A member's public voting key for the roll.
     *
     * @param credential enc(X) in base64url
     */
    @Schema(name = "CredentialBody")
    public record CredentialBody(@Schema(required = true, maxLength = 1000) String credential) {
        static String checked(CredentialBody b) {
            InvalidFields.of(b).required("credential", b.credential(), 1000).verify();
            return b.credential();
        }
    }

    /**
     * A ballot to cast.
     *
     * @param ballot the ballot object of protocol §10.6
     */
    @Schema(name = "BallotBody")
    public record BallotBody(@Schema(required = true, description = "The ballot object of protocol §10.6",
            example = "{\"contests\":[],\"credential\":\"…\",\"election\":\"…\",\"signature\":\"…\"}")
                             JsonObject ballot) {
        static Map<String, Object> checked(BallotBody b) {
            InvalidFields.of(b).present("ballot", b.ballot()).verify();
            return object(b.ballot());
        }
    }

    /**
     * A ballot challenged instead of cast (Benaloh), with its opening.
     *
     * @param ballot the ballot object of protocol §10.6
     * @param opening its opening (§8.4)
     */
    @Schema(name = "ChallengeBody")
    public record ChallengeBody(@Schema(required = true) JsonObject ballot,
                                @Schema(required = true, description = "Per question, per option: the value and "
                                        + "the encryption nonce (§8.4)") JsonArray opening) {
        static SubmittedBallot checked(ChallengeBody b) {
            InvalidFields.of(b).present("ballot", b.ballot()).present("opening", b.opening()).verify();
            return SubmittedBallot.challenged(object(b.ballot()), list(b.opening()));
        }
    }

    /**
     * A trustee's announcement (message 1, protocol §6.2), as an announcement object of ceremony.json.
     *
     * @param trustee the trustee's number, from 1
     * @param encryptionKey the trustee's encryption key, enc(E) in base64url
     * @param encryptionKeyProof the proof of knowing its secret
     * @param commitments the commitments to the coefficients, in order
     * @param coefficientProofs the proofs of knowing each coefficient, in order
     */
    @Schema(name = "AnnouncementBody")
    public record AnnouncementBody(@Schema(required = true) Integer trustee,
                                   @Schema(required = true, maxLength = 1000) String encryptionKey,
                                   @Schema(required = true, maxLength = 1000) String encryptionKeyProof,
                                   @Schema(required = true) List<String> commitments,
                                   @Schema(required = true) List<String> coefficientProofs) {
        static TrusteeAnnouncement checked(AnnouncementBody b) {
            InvalidFields.of(b).present("trustee", b.trustee()).required("encryptionKey", b.encryptionKey(), 1000)
                    .required("encryptionKeyProof", b.encryptionKeyProof(), 1000)
                    .present("commitments", b.commitments()).present("coefficientProofs", b.coefficientProofs())
                    .verify();
            return ProtocolMessages.announcement(record("trustee", b.trustee().longValue(), "encryptionKey",
                    b.encryptionKey(), "encryptionKeyProof", b.encryptionKeyProof(), "commitments", b.commitments(),
                    "coefficientProofs", b.coefficientProofs()));
        }
    }

    /**
     * A trustee's encrypted shares (message 2, protocol §6.3).
     *
     * @param shares one share object of ceremony.json for each other trustee
     */
    @Schema(name = "SharesBody")
    public record SharesBody(@Schema(required = true) List<ShareBody> shares) {
        static List<EncryptedShare> checked(SharesBody b) {
            InvalidFields.Checks checks = InvalidFields.of(b).present("shares", b.shares());
            for (int i = 0; b.shares() != null && i < b.shares().size(); i++) {
                checks.present("shares[" + i + "]", b.shares().get(i));
            }
            checks.verify();
            return ProtocolMessages.shares(b.shares().stream().map(ShareBody::record).toList());
        }
    }

    /**
     * One encrypted share, as a share object of ceremony.json (protocol §6.3).
     *
     * @param from the sending trustee's number
     * @param to the receiving trustee's number
     * @param ephemeral the ephemeral key, base64url
     * @param ciphertext the encrypted share, base64url
     * @param mac its authentication code, base64url
     */
    @Schema(name = "ShareBody")
    public record ShareBody(@Schema(required = true) Integer from, @Schema(required = true) Integer to,
                            @Schema(required = true, maxLength = 1000) String ephemeral,
                            @Schema(required = true, maxLength = 1000) String ciphertext,
                            @Schema(required = true, maxLength = 1000) String mac) {
        Object record() {
            return ElectionBodies.record("from", wholeOrNull(from), "to", wholeOrNull(to), "ephemeral", ephemeral,
                    "ciphertext", ciphertext, "mac", mac);
        }
    }

    /**
     * A complaint about a share (message 3, protocol §6.4).
     *
     * @param from the trustee who sent the share
     * @param to the trustee who received it and complains
     * @param sharedSecret the Diffie-Hellman secret of the share's encryption, base64url
     * @param proof the proof that it is the right secret, base64url
     */
    @Schema(name = "ComplaintBody")
    public record ComplaintBody(@Schema(required = true) Integer from, @Schema(required = true) Integer to,
                                @Schema(required = true, maxLength = 1000) String sharedSecret,
                                @Schema(required = true, maxLength = 1000) String proof) {
        static ShareComplaint checked(ComplaintBody b) {
            InvalidFields.of(b).present("from", b.from()).present("to", b.to())
                    .required("sharedSecret", b.sharedSecret(), 1000).required("proof", b.proof(), 1000).verify();
            return ProtocolMessages.complaint(record("from", b.from().longValue(), "to", b.to().longValue(),
                    "sharedSecret", b.sharedSecret(), "proof", b.proof()));
        }
    }

    /**
     * A trustee's partial decryption of the tally (message 4, protocol §6.6), as one trustee's entry
     * of decryption.json (§10.8).
     *
     * @param trustee the trustee's number
     * @param partials one share of each tally cell with its proof, in the tally's order
     */
    @Schema(name = "DecryptionBody")
    public record DecryptionBody(@Schema(required = true) Integer trustee,
                                 @Schema(required = true) List<PartialBody> partials) {
        static DecryptionShare checked(DecryptionBody b) {
            InvalidFields.Checks checks = InvalidFields.of(b).present("trustee", b.trustee())
                    .present("partials", b.partials());
            for (int i = 0; b.partials() != null && i < b.partials().size(); i++) {
                checks.present("partials[" + i + "]", b.partials().get(i));
            }
            checks.verify();
            return ProtocolMessages.decryption(record("trustee", b.trustee().longValue(), "partials",
                    b.partials().stream().map(p -> ElectionBodies.record("share", p.share(), "proof", p.proof()))
                            .toList()));
        }
    }

    /**
     * One tally cell's share of a partial decryption with its proof.
     *
     * @param share the decryption share, base64url
     * @param proof the proof that it is correct, base64url
     */
    @Schema(name = "PartialDecryptionBody")
    public record PartialBody(@Schema(required = true, maxLength = 1000) String share,
                              @Schema(required = true, maxLength = 1000) String proof) {
    }

    /**
     * A protocol object in the record codec's form from its fields, given as name, value, name,
     * value…: a field the body left out stays out, and the codec names it.
     */
    private static Map<String, Object> record(Object... fields) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                m.put((String) fields[i], fields[i + 1]);
            }
        }
        return m;
    }

    private static Long wholeOrNull(Integer n) {
        return n == null ? null : n.longValue();
    }

    /** A JSON object in the record codec's form. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JsonObject v) {
        return (Map<String, Object>) plain(v);
    }

    /** A JSON array in the record codec's form. */
    @SuppressWarnings("unchecked")
    static List<Object> list(JsonArray v) {
        return (List<Object>) plain(v);
    }

    /**
     * A JSON value as the plain values ballot-crypto's record codec reads: maps, lists, strings,
     * whole numbers (Long) and booleans. Fractions and null have no place in the record.
     */
    static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                TreeMap<String, Object> m = new TreeMap<>();
                v.asJsonObject().forEach((k, x) -> m.put(k, plain(x)));
                yield m;
            }
            case ARRAY -> v.asJsonArray().stream().map(ElectionBodies::plain).toList();
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> whole((JsonNumber) v);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> throw new InvalidInput("Ballots and election messages have no null values.");
        };
    }

    private static Long whole(JsonNumber n) {
        if (!n.isIntegral()) {
            throw new InvalidInput("Numbers in ballots and election messages are whole numbers.");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInput("A number in this message is too large.");
        }
    }
}
