package org.gongwen.archive.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.verifier.LogKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 (rotatable checkpoint key), as docs/security.md describes the rotation: the old key's public half moves to
 * the previous-keys directory, a new signing key is generated on restart, checkpoints name their key by id, and the
 * ones signed before the rotation still verify against the log's trusted key set.
 */
class CheckpointKeyRotationTest {

    @TempDir
    Path keys;

    @Test
    void checkpointsSignedBeforeTheRotationStillVerifyWithThePreviousKey() throws Exception {
        Ed25519CheckpointSigner before = Ed25519CheckpointSigner.fromFile(keys.resolve("archive-log-ed25519.pem"));
        SignedCheckpoint old = before.sign(checkpoint(1));

        Path previous = Files.createDirectories(keys.resolve("previous"));
        Files.move(keys.resolve("archive-log-ed25519.pem.pub"), previous.resolve("2026-archive-log-ed25519.pub"));
        // the retired private key is destroyed by the operator; left beside the public one, it must never be read
        Files.move(keys.resolve("archive-log-ed25519.pem"), previous.resolve("2026-archive-log-ed25519.pem"));
        Ed25519CheckpointSigner after = Ed25519CheckpointSigner.fromFile(keys.resolve("archive-log-ed25519.pem"),
                PreviousLogKeys.read(previous.toString()));
        SignedCheckpoint fresh = after.sign(checkpoint(2));

        assertThat(fresh.keyId()).isNotEqualTo(old.keyId());
        assertThat(after.trustedKeys().ids()).containsExactly(fresh.keyId(), old.keyId());
        assertThat(verifies(old, after.trustedKeys())).isTrue();
        assertThat(verifies(fresh, after.trustedKeys())).isTrue();
    }

    @Test
    void withoutThePreviousKeyConfiguredAnOlderCheckpointNoLongerVerifies() {
        SignedCheckpoint old = Ed25519CheckpointSigner.fromFile(keys.resolve("a.pem")).sign(checkpoint(1));
        Ed25519CheckpointSigner rotated = Ed25519CheckpointSigner.fromFile(keys.resolve("b.pem"));
        assertThat(verifies(old, rotated.trustedKeys())).isFalse();
    }

    @Test
    void aCheckpointNamingATrustedKeyButSignedWithAnotherDoesNotVerify() {
        Ed25519CheckpointSigner trusted = Ed25519CheckpointSigner.fromFile(keys.resolve("a.pem"));
        SignedCheckpoint forged = Ed25519CheckpointSigner.fromFile(keys.resolve("b.pem")).sign(checkpoint(1));
        SignedCheckpoint relabelled = new SignedCheckpoint(forged.checkpoint(), forged.signature(), trusted.publicKey());
        assertThat(relabelled.keyId()).isEqualTo(LogKeys.keyId(trusted.publicKey()));
        assertThat(verifies(relabelled, trusted.trustedKeys())).isFalse();
    }

    @Test
    void previousKeysMayBeListedAsFilesAndDirectories() throws Exception {
        Ed25519CheckpointSigner.fromFile(keys.resolve("one.pem"));
        Path dir = Files.createDirectories(keys.resolve("older"));
        Ed25519CheckpointSigner.fromFile(dir.resolve("two.pem"));
        assertThat(PreviousLogKeys.read(keys.resolve("one.pem.pub") + ", " + dir)).hasSize(2);
        assertThat(PreviousLogKeys.read("")).isEmpty();
    }

    private static boolean verifies(SignedCheckpoint s, LogKeys trusted) {
        Checkpoint c = s.checkpoint();
        return new org.gongwen.archive.verifier.SignedCheckpoint(c.origin(), c.treeSize(), c.rootHash(),
                c.timestamp().toString(), s.signature(), null, s.keyId()).signatureValid(trusted);
    }

    private static Checkpoint checkpoint(long size) {
        return new Checkpoint("gongwen-archive/Z011", size, new byte[32], Instant.parse("2026-11-22T02:00:00Z"));
    }
}
