package org.gongwen.archive.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar archive-verifier.jar verify record.json proof.json checkpoint.json [--key log-key.pub]}
 * {@code java -jar archive-verifier.jar verify-package package.zip [--key log-key.pub]}
 * {@code java -jar archive-verifier.jar consistency old-checkpoint.json new-checkpoint.json consistency.json [--key …]}
 *
 * <p>Exit status 0 = valid, 1 = invalid, 2 = usage or unreadable input. {@code record.json} is the leaf exactly as
 * exported (every byte counts); {@code --key} names the archive's Ed25519 public key or key set ({@link LogKeys}:
 * the JSON of {@code GET /api/archive/checkpoints/keys}, PEM block(s), or base64 X.509), and each checkpoint is
 * checked with the key its {@code keyId} names. Without {@code --key} the key inside the checkpoint is used and a
 * warning says so: pin the keys you got out of band.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        List<String> positional = new ArrayList<>(Arrays.asList(args));
        LogKeys pinnedKey = null;
        try {
            int k = positional.indexOf("--key");
            if (k >= 0 && k + 1 < positional.size()) {
                pinnedKey = readKeys(Path.of(positional.get(k + 1)));
                positional.remove(k + 1);
                positional.remove(k);
            }
            if (positional.size() == 4 && positional.get(0).equals("verify")) {
                return report(out, verifyInclusion(Files.readAllBytes(Path.of(positional.get(1))),
                        read(positional.get(2)), read(positional.get(3)), pinnedKey, out));
            }
            if (positional.size() == 2 && positional.get(0).equals("verify-package")) {
                return report(out, ArchivalPackage.verify(Files.readAllBytes(Path.of(positional.get(1))), pinnedKey,
                        out));
            }
            if (positional.size() == 4 && positional.get(0).equals("consistency")) {
                return report(out, verifyConsistency(read(positional.get(1)), read(positional.get(2)),
                        read(positional.get(3)), pinnedKey, out));
            }
        } catch (IOException | IllegalArgumentException e) {
            out.println("ERROR " + e.getMessage());
            return 2;
        }
        out.println("usage: verify record.json proof.json checkpoint.json [--key key.pub]");
        out.println("       verify-package package.zip [--key key.pub]");
        out.println("       consistency old-checkpoint.json new-checkpoint.json consistency.json [--key key.pub]");
        return 2;
    }

    /** The record's leaf is in the tree the checkpoint signs. */
    static boolean verifyInclusion(byte[] record, Map<String, Object> proof, Map<String, Object> checkpointJson,
                                   LogKeys pinnedKey, PrintStream out) {
        SignedCheckpoint checkpoint = SignedCheckpoint.fromJson(checkpointJson);
        boolean signed = signatureValid(checkpoint, pinnedKey, out);
        long size = Json.number(proof, "treeSize");
        if (size != checkpoint.treeSize()) {
            out.println("proof is for tree size " + size + ", checkpoint for " + checkpoint.treeSize());
            return false;
        }
        boolean included = LogProofs.verifyInclusion(LogProofs.leafHash(record), Json.number(proof, "leafIndex"),
                size, Json.base64List(proof, "auditPath"), checkpoint.rootHash());
        out.println("inclusion of leaf " + Json.number(proof, "leafIndex") + " in tree of " + size + ": "
                + (included ? "ok" : "FAILED"));
        return signed && included;
    }

    /** The newer checkpoint's tree extends the older one's: nothing was removed or rewritten in between. */
    static boolean verifyConsistency(Map<String, Object> olderJson, Map<String, Object> newerJson,
                                     Map<String, Object> proof, LogKeys pinnedKey, PrintStream out) {
        SignedCheckpoint older = SignedCheckpoint.fromJson(olderJson);
        SignedCheckpoint newer = SignedCheckpoint.fromJson(newerJson);
        boolean signed = signatureValid(older, pinnedKey, out) & signatureValid(newer, pinnedKey, out);
        if (Json.number(proof, "from") != older.treeSize() || Json.number(proof, "to") != newer.treeSize()) {
            out.println("proof is not between tree sizes " + older.treeSize() + " and " + newer.treeSize());
            return false;
        }
        boolean consistent = LogProofs.verifyConsistency(older.treeSize(), newer.treeSize(), older.rootHash(),
                newer.rootHash(), Json.base64List(proof, "proof"));
        out.println("consistency " + older.treeSize() + " -> " + newer.treeSize() + ": " + (consistent ? "ok" : "FAILED"));
        return signed && consistent;
    }

    /** With the pinned key set, the key the checkpoint names by id; without one, the key inside the checkpoint. */
    private static boolean signatureValid(SignedCheckpoint checkpoint, LogKeys pinnedKeys, PrintStream out) {
        LogKeys keys = pinnedKeys;
        if (keys == null) {
            out.println("WARNING no --key given: checking the signature with the key inside the checkpoint");
            keys = checkpoint.publicKey() == null ? LogKeys.of(List.of()) : LogKeys.of(List.of(checkpoint.publicKey()));
        }
        String id = checkpoint.keyId() == null ? "" : " key " + checkpoint.keyId();
        if (checkpoint.keyId() != null && keys.forId(checkpoint.keyId()).isEmpty()) {
            out.println("checkpoint signature (size " + checkpoint.treeSize() + "):" + id
                    + " is not in the key set " + keys.ids() + ": FAILED");
            return false;
        }
        boolean valid = checkpoint.signatureValid(keys);
        out.println("checkpoint signature (size " + checkpoint.treeSize() + ")" + id + ": " + (valid ? "ok" : "FAILED"));
        return valid;
    }

    private static int report(PrintStream out, boolean valid) {
        out.println(valid ? "VALID" : "INVALID");
        return valid ? 0 : 1;
    }

    private static Map<String, Object> read(String path) throws IOException {
        return Json.object(Files.readString(Path.of(path), StandardCharsets.UTF_8));
    }

    /** A key set file: the archive's {@code checkpoints/keys} JSON, PEM block(s) or base64 of one key. */
    static LogKeys readKeys(Path file) throws IOException {
        return LogKeys.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
