package org.gongwen.archive.application;

import org.gongwen.archive.domain.log.Checkpoint;

/** A checkpoint with its Ed25519 signature over {@link Checkpoint#signedBody()} and the signing key (X.509). */
public record SignedCheckpoint(Checkpoint checkpoint, byte[] signature, byte[] publicKey) {
}
