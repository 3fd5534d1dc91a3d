package org.gongwen.archive.log.application;

import java.util.List;

import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.verifier.LogKeys;

/** Signs checkpoints with the installation's current log key. */
public interface CheckpointSigner {

    SignedCheckpoint sign(Checkpoint checkpoint);

    /** The current key (X.509): the one new checkpoints and packages are signed with. */
    byte[] publicKey();

    /**
     * Every key a checkpoint of this log may have been signed with, current first, then the previous keys of
     * rotations (configured, public halves only); each by its {@link LogKeys#keyId id}.
     */
    default LogKeys trustedKeys() {
        return LogKeys.of(List.of(publicKey()));
    }

    /**
     * Signs an archival package's manifest: Ed25519 over {@code ArchivalPackage.SIGNED_PREFIX} + the manifest
     * bytes, with the log key, so that the offline verifier needs one key for everything.
     */
    default byte[] signPackage(byte[] manifest) {
        throw new UnsupportedOperationException("this signer does not sign packages");
    }
}
