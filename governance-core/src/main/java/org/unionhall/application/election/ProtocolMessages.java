package org.unionhall.application.election;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.unionhall.crypto.group.GroupElement;
import org.unionhall.crypto.group.InvalidInputException;
import org.unionhall.crypto.proof.EqualityProof;
import org.unionhall.crypto.record.Bytes;
import org.unionhall.crypto.record.RecordCodec;
import org.unionhall.crypto.trustee.EncryptedShare;
import org.unionhall.crypto.trustee.PartialDecryption;
import org.unionhall.crypto.trustee.ShareComplaint;
import org.unionhall.crypto.trustee.TrusteeAnnouncement;
import org.unionhall.domain.election.Election;
import org.unionhall.domain.shared.InvalidInput;

/**
 * Reads the trustees' messages as they arrive, in the record's JSON form (decoded by the web
 * edge into maps, lists, strings and whole numbers), with ballot-crypto's record codec: a
 * message that cannot be read is refused with an {@link InvalidInput} saying why, before any
 * service sees it. Whether it then checks is the service's business.
 */
public final class ProtocolMessages {

    private ProtocolMessages() {
    }

    /** Message 1 (§6.2): one trustee's announcement, as in ceremony.json. */
    public static TrusteeAnnouncement announcement(Object json) {
        return ElectionLookup.read("This announcement", () -> RecordCodec.ceremony(Map.of("announcements",
                List.of(json), "shares", List.of())).announcements().get(0));
    }

    /** Message 2 (§6.3): one trustee's encrypted shares, as in ceremony.json. */
    public static List<EncryptedShare> shares(List<Object> json) {
        return ElectionLookup.read("These shares", () -> RecordCodec.ceremony(Map.of("announcements", List.of(),
                "shares", json)).shares());
    }

    /** Message 3 (§6.4): a complaint about a share: exactly from, to, sharedSecret and proof. */
    public static ShareComplaint complaint(Object json) {
        return ElectionLookup.read("This complaint", () -> complaintOf(json));
    }

    /** Message 4 (§6.6): one trustee's partial decryptions, as one entry of decryption.json. */
    public static DecryptionShare decryption(Object json) {
        Map<Integer, List<PartialDecryption>> parsed = ElectionLookup.read("This partial decryption",
                () -> RecordCodec.decryption(Map.of("trustees", List.of(json))));
        Map.Entry<Integer, List<PartialDecryption>> only = parsed.entrySet().iterator().next();
        return new DecryptionShare(only.getKey(), only.getValue());
    }

    private static ShareComplaint complaintOf(Object json) {
        if (!(json instanceof Map<?, ?> m) || !new HashSet<>(List.of("from", "to", "sharedSecret", "proof"))
                .equals(m.keySet())) {
            throw new InvalidInputException("a complaint has exactly the fields from, to, sharedSecret and proof");
        }
        return new ShareComplaint(smallInt(m.get("from")), smallInt(m.get("to")),
                GroupElement.decode(Bytes.decode(string(m.get("sharedSecret")))),
                EqualityProof.decode(Bytes.decode(string(m.get("proof")))));
    }

    private static int smallInt(Object v) {
        if (!(v instanceof Long l) || l < 1 || l > Election.MAX_TRUSTEES) {
            throw new InvalidInputException("a trustee number must be a whole number from 1 to " + Election.MAX_TRUSTEES);
        }
        return l.intValue();
    }

    private static String string(Object v) {
        if (!(v instanceof String s)) {
            throw new InvalidInputException("a value that must be base64url text is missing or not text");
        }
        return s;
    }
}
