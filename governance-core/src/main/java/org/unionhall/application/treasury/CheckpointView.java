package org.unionhall.application.treasury;

import java.time.Instant;

/**
 * A signed checkpoint, with the exact bytes that were signed, so that anyone can check the
 * signature with the installation's public key (docs/ledger.md, "Checkpoints").
 *
 * @param statement the signed statement's bytes, in hex
 * @param publicKey the installation's Ed25519 public key, in hex
 * @param signature the Ed25519 signature, in hex
 */
public record CheckpointView(String ledgerId, long transferCount, String headHash, Instant takenAt, String statement,
                             String publicKey, String signature) {
}
