package org.unionhall.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.unionhall.domain.installation.InstallationSigner;

/**
 * The installation's Ed25519 key (RFC 8032, Bouncy Castle), kept in the row {@value #NAME} of
 * {@code installation_key} (V80): made the first time it is needed, with the installation's row
 * locked so that two nodes starting at once make one key. It is read afresh for every signature
 * (checkpoints are rare), so a key made in a transaction that rolled back is never used again.
 * The private key is never returned, kept, logged or exported, and
 * leaves the database only with a backup of the whole database (docs/ledger.md, "The
 * installation's key").
 */
@ApplicationScoped
public class Ed25519InstallationSigner implements InstallationSigner {
    /** The row of the installation's signing key. */
    static final String NAME = "installation";

    @PersistenceContext(unitName = "unionhall")
    EntityManager em;

    private SecureRandom random = new SecureRandom();

    /** For CDI. */
    protected Ed25519InstallationSigner() {
    }

    /** For plain Java SE use (tests, tools); calls must run inside a transaction of this manager. */
    public Ed25519InstallationSigner(EntityManager em, SecureRandom random) {
        this.em = Objects.requireNonNull(em);
        this.random = Objects.requireNonNull(random);
    }

    @Override
    public byte[] publicKey() {
        return readOrMake().generatePublicKey().getEncoded();
    }

    @Override
    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, readOrMake());
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    @Override
    public boolean verifies(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || message == null || signature == null
                || publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE
                || signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Ed25519PrivateKeyParameters readOrMake() {
        List<?> found = stored();
        if (found.isEmpty()) {
            em.createNativeQuery("SELECT id FROM installation WHERE id = 'installation' FOR UPDATE").getResultList();
            found = stored();
        }
        if (!found.isEmpty()) {
            return new Ed25519PrivateKeyParameters(HexFormat.of().parseHex((String) found.get(0)), 0);
        }
        Ed25519PrivateKeyParameters made = new Ed25519PrivateKeyParameters(random);
        em.createNativeQuery("INSERT INTO installation_key (name, algorithm, public_key, private_key, created_at) "
                        + "VALUES (?1, 'Ed25519', ?2, ?3, ?4)")
                .setParameter(1, NAME)
                .setParameter(2, HexFormat.of().formatHex(made.generatePublicKey().getEncoded()))
                .setParameter(3, HexFormat.of().formatHex(made.getEncoded()))
                .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return made;
    }

    private List<?> stored() {
        return em.createNativeQuery("SELECT private_key FROM installation_key WHERE name = ?1")
                .setParameter(1, NAME).getResultList();
    }

    @Override
    public String toString() {
        return "Ed25519InstallationSigner[key kept private]";
    }
}
