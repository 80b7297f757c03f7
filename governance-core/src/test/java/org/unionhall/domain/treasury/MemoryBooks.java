package org.unionhall.domain.treasury;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.unionhall.domain.installation.InstallationSigner;

/** One ledger kept in memory, as the JPA repository keeps it in the database, for the domain's tests. */
final class MemoryBooks implements LedgerRecords {
    final Ledger ledger;
    final Map<LedgerAccountId, LedgerAccount> accounts = new HashMap<>();
    final List<Transfer> rows = new ArrayList<>();
    private final Map<TransferId, Transfer> byId = new HashMap<>();
    private final Map<TransferId, Transfer> resolutions = new HashMap<>();
    private final Map<TransferId, Transfer> corrections = new HashMap<>();

    MemoryBooks(Ledger ledger) {
        this.ledger = ledger;
    }

    LedgerAccount open(AccountKind kind, String name, Instant now) {
        LedgerAccount account = ledger.openAccount(kind, name, now);
        accounts.put(account.id(), account);
        return account;
    }

    /** Records through the ledger and stores what it wrote, as the service does. */
    Recording record(List<TransferOrder> orders, Instant now) {
        Recording recording = ledger.record(orders, this, now);
        if (!recording.retry()) {
            append(recording.transfers());
        }
        return recording;
    }

    List<Transfer> expire(Instant now) {
        List<Transfer> due = rows.stream().filter(t -> t.kind() == TransferKind.PENDING)
                .filter(t -> t.expiresAt().filter(at -> !at.isAfter(now)).isPresent())
                .filter(t -> !resolutions.containsKey(t.id())).toList();
        List<Transfer> written = ledger.expire(due, this, now);
        append(written);
        return written;
    }

    void append(Collection<Transfer> written) {
        for (Transfer t : written) {
            rows.add(t);
            byId.put(t.id(), t);
            t.pending().ifPresent(p -> resolutions.put(p, t));
            t.corrects().ifPresent(c -> corrections.put(c, t));
        }
    }

    LedgerReport verify() {
        return verify(List.of());
    }

    LedgerReport verify(List<LedgerCheckpoint> checkpoints) {
        LedgerVerifier verifier = new LedgerVerifier(ledger, accounts.values(), checkpoints, SIGNER);
        rows.forEach(verifier::accept);
        return verifier.finish();
    }

    @Override
    public Optional<LedgerAccount> account(LedgerAccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Transfer> transfer(TransferId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Transfer> resolutionOf(TransferId pending) {
        return Optional.ofNullable(resolutions.get(pending));
    }

    @Override
    public Optional<Transfer> correctionOf(TransferId transfer) {
        return Optional.ofNullable(corrections.get(transfer));
    }

    /** An Ed25519 signer with a fixed key, for checkpoints in memory. */
    static final InstallationSigner SIGNER = new InstallationSigner() {
        private final Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new byte[32], 0);

        @Override
        public byte[] publicKey() {
            return key.generatePublicKey().getEncoded();
        }

        @Override
        public byte[] sign(byte[] message) {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            signer.update(message, 0, message.length);
            return signer.generateSignature();
        }

        @Override
        public boolean verifies(byte[] publicKey, byte[] message, byte[] signature) {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        }
    };
}
