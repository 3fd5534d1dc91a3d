package org.gongwen.archive.application;

import org.gongwen.archive.domain.log.Checkpoint;

/** Signs checkpoints with the installation's log key. */
public interface CheckpointSigner {

    SignedCheckpoint sign(Checkpoint checkpoint);

    byte[] publicKey();

    /**
     * Signs an archival package's manifest: Ed25519 over {@code ArchivalPackage.SIGNED_PREFIX} + the manifest
     * bytes, with the log key, so that the offline verifier needs one key for everything.
     */
    default byte[] signPackage(byte[] manifest) {
        throw new UnsupportedOperationException("this signer does not sign packages");
    }
}
