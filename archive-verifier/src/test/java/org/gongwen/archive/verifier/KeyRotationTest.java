package org.gongwen.archive.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 (rotatable checkpoint key): the verifier checks each checkpoint with the key its {@code keyId} names,
 * taken from the key set it is given, so checkpoints signed before a rotation still verify while a key that is not
 * in the set — or a checkpoint naming one key but signed by another — fails.
 */
class KeyRotationTest {

    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final byte[] RECORD = "{\"documentId\":\"d-1\"}".getBytes(StandardCharsets.UTF_8);

    private final KeyPair previous = ed25519();
    private final KeyPair current = ed25519();

    @TempDir
    Path dir;

    @Test
    void aCheckpointSignedWithThePreviousKeyVerifiesWithTheKeySet() throws Exception {
        assertThat(verify(checkpoint(previous, keyIdOf(previous)), keySetJson(current, previous))).isZero();
        assertThat(verify(checkpoint(current, keyIdOf(current)), keySetJson(current, previous))).isZero();
    }

    @Test
    void aCheckpointWhoseKeyIsNotInTheSetFails() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(verify(checkpoint(previous, keyIdOf(previous)), keySetJson(current), out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is not in the key set");
    }

    @Test
    void aCheckpointNamingTheCurrentKeyButSignedWithThePreviousOneFails() throws Exception {
        assertThat(verify(checkpoint(previous, keyIdOf(current)), keySetJson(current, previous))).isEqualTo(1);
    }

    @Test
    void aCheckpointWithoutKeyIdFromBeforeRotationVerifiesWithAnyKeyOfTheSet() throws Exception {
        assertThat(verify(checkpoint(previous, null), keySetJson(current, previous))).isZero();
        assertThat(verify(checkpoint(previous, null), keySetJson(current))).isEqualTo(1);
    }

    @Test
    void concatenatedPemFilesAreAKeySetToo() throws Exception {
        Path pem = dir.resolve("log-keys.pem");
        Files.writeString(pem, pem(current) + pem(previous));
        assertThat(LogKeys.parse(Files.readString(pem)).ids()).containsExactly(keyIdOf(current), keyIdOf(previous));
        assertThat(run(checkpoint(previous, keyIdOf(previous)), pem, new ByteArrayOutputStream())).isZero();
    }

    @Test
    void aKeySetEntryClaimingAnotherKeysIdIsRefused() {
        String lying = "{\"keys\":[{\"keyId\":\"" + keyIdOf(current) + "\",\"publicKey\":\""
                + B64.encodeToString(previous.getPublic().getEncoded()) + "\"}]}";
        assertThatThrownBy(() -> LogKeys.parse(lying)).isInstanceOf(IllegalArgumentException.class);
    }

    private int verify(String checkpointJson, String keySet) throws Exception {
        return verify(checkpointJson, keySet, new ByteArrayOutputStream());
    }

    private int verify(String checkpointJson, String keySet, ByteArrayOutputStream out) throws Exception {
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, keySet);
        return run(checkpointJson, keys, out);
    }

    /** A one-leaf log: the root is the leaf hash and the audit path is empty. */
    private int run(String checkpointJson, Path keys, ByteArrayOutputStream out) throws Exception {
        Path record = Files.write(dir.resolve("record.json"), RECORD);
        Path proof = Files.writeString(dir.resolve("proof.json"),
                "{\"documentId\":\"d-1\",\"leafIndex\":0,\"treeSize\":1,\"auditPath\":[]}");
        Path checkpoint = Files.writeString(dir.resolve("checkpoint.json"), checkpointJson);
        return Main.run(new String[] {"verify", record.toString(), proof.toString(), checkpoint.toString(),
                "--key", keys.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private static String checkpoint(KeyPair signer, String keyId) throws Exception {
        String origin = "gongwen-archive/Z011";
        String root = B64.encodeToString(LogProofs.leafHash(RECORD));
        String timestamp = "2026-11-22T02:00:00Z";
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(signer.getPrivate());
        signature.update((origin + "\n1\n" + root + "\n" + timestamp + "\n").getBytes(StandardCharsets.UTF_8));
        return "{\"origin\":\"" + origin + "\",\"treeSize\":1,\"rootHash\":\"" + root + "\",\"timestamp\":\""
                + timestamp + "\",\"signature\":\"" + B64.encodeToString(signature.sign()) + "\""
                + (keyId == null ? "" : ",\"keyId\":\"" + keyId + "\"") + "}";
    }

    private static String keySetJson(KeyPair... pairs) {
        return "{\"keys\":[" + String.join(",", List.of(pairs).stream().map(p -> "{\"keyId\":\"" + keyIdOf(p)
                + "\",\"algorithm\":\"Ed25519\",\"publicKey\":\"" + B64.encodeToString(p.getPublic().getEncoded())
                + "\"}").toList()) + "]}";
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n" + B64.encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String keyIdOf(KeyPair pair) {
        return LogKeys.keyId(pair.getPublic().getEncoded());
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
