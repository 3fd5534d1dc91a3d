package org.gongwen.archive.log.application;

import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.verifier.LogKeys;

/** A checkpoint with its Ed25519 signature over {@link Checkpoint#signedBody()} and the signing key (X.509). */
public record SignedCheckpoint(Checkpoint checkpoint, byte[] signature, byte[] publicKey) {

    /** The id of the key that signed it, so that checkpoints from before a key rotation still find their key. */
    public String keyId() {
        return LogKeys.keyId(publicKey);
    }
}
