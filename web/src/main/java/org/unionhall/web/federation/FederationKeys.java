package org.unionhall.web.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.unionhall.application.TimeSource;
import org.unionhall.domain.federation.ActorKeys;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.federation.proof.Ed25519;
import org.unionhall.federation.signature.Pem;

/**
 * The keys of this installation's actors: made once per actor the first time it is needed (an
 * RSA-2048 pair, the only kind Mastodon verifies, and an Ed25519 pair for integrity proofs), in a
 * transaction of their own, and kept in the database. Two nodes making them at once: the second
 * insert is refused by the key's primary key and that node reads the first one's.
 */
@ApplicationScoped
public class FederationKeys {
    private final Map<String, ActorKeys> known = new ConcurrentHashMap<>();

    @Inject
    KeyMaker maker;

    /** The keys of {@code actorName}, made if it has none yet. */
    public ActorKeys of(String actorName) {
        ActorKeys keys = known.get(actorName);
        if (keys != null) {
            return keys;
        }
        try {
            keys = maker.findOrMake(actorName);
        } catch (RuntimeException raced) {
            keys = maker.find(actorName).orElseThrow(() -> raced);
        }
        known.put(actorName, keys);
        return keys;
    }

    /** The actor's RSA private key, for HTTP signatures. */
    public PrivateKey signingKey(String actorName) {
        return Pem.readPrivateKey(of(actorName).rsaPrivatePem());
    }

    /** The actor's Ed25519 public key, published as its Multikey. */
    public PublicKey assertionKey(String actorName) {
        return Pem.readPublicKey(of(actorName).ed25519PublicPem());
    }

    /** Makes and stores keys, each in a transaction of its own. */
    @ApplicationScoped
    public static class KeyMaker {
        @Inject
        FederationRecords records;

        @Inject
        TimeSource time;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public java.util.Optional<ActorKeys> find(String actorName) {
            return records.keys(actorName);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public ActorKeys findOrMake(String actorName) {
            java.util.Optional<ActorKeys> present = records.keys(actorName);
            if (present.isPresent()) {
                return present.get();
            }
            KeyPair rsa = rsa();
            KeyPair ed = Ed25519.generate();
            ActorKeys keys = new ActorKeys(actorName, Pem.write(rsa.getPublic()), Pem.write(rsa.getPrivate()),
                    Pem.write(ed.getPublic()), Pem.write(ed.getPrivate()), time.now());
            records.addKeys(keys);
            return keys;
        }

        private static KeyPair rsa() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("RSA is part of every JDK", e);
            }
        }
    }
}
