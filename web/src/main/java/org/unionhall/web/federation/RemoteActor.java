package org.unionhall.web.federation;

import java.net.URI;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.unionhall.federation.proof.Multikey;

/**
 * An actor of another server as its own server published it: its id, where to deliver to it, and
 * the key it signs with.
 *
 * @param id the actor's id
 * @param inbox its inbox
 * @param sharedInbox its server's shared inbox, if it has one
 * @param keyId the id of its HTTP-signature key
 * @param key that key
 * @param assertionKeys its Ed25519 Multikeys (FEP-521a), for the integrity proofs it attaches
 * @param fetchedAt when it was fetched
 */
record RemoteActor(URI id, URI inbox, Optional<URI> sharedInbox, URI keyId, PublicKey key, List<Multikey> assertionKeys,
        Instant fetchedAt) {

    /** The Multikey {@code id} of this actor, if it lists it. */
    Optional<Multikey> assertionKey(URI id) {
        return assertionKeys.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
