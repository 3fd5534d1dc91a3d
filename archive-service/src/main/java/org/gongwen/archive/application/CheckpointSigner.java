package org.gongwen.archive.application;

import org.gongwen.archive.domain.log.Checkpoint;

/** Signs checkpoints with the installation's log key. */
public interface CheckpointSigner {

    SignedCheckpoint sign(Checkpoint checkpoint);

    byte[] publicKey();
}
