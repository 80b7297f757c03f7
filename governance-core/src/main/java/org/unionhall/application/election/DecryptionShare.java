package org.unionhall.application.election;

import java.util.List;
import java.util.Objects;
import org.unionhall.crypto.trustee.PartialDecryption;

/**
 * Message 4 of the key ceremony (protocol §6.6): one trustee's partial decryptions of the tally,
 * one for each selection.
 *
 * @param trustee the trustee number the message is signed as
 * @param partials the partial decryptions
 */
public record DecryptionShare(int trustee, List<PartialDecryption> partials) {

    /** partials required. */
    public DecryptionShare {
        partials = List.copyOf(Objects.requireNonNull(partials, "partials"));
    }
}
