package org.gongwen.archive.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar archive-verifier.jar verify record.json proof.json checkpoint.json [--key log-key.pub]}
 * {@code java -jar archive-verifier.jar verify-package package.zip [--key log-key.pub]}
 * {@code java -jar archive-verifier.jar consistency old-checkpoint.json new-checkpoint.json consistency.json [--key …]}
 *
 * <p>Exit status 0 = valid, 1 = invalid, 2 = usage or unreadable input. {@code record.json} is the leaf exactly as
 * exported (every byte counts); the key is the archive's Ed25519 public key (base64 X.509 or PEM). Without
 * {@code --key} the key inside the checkpoint is used and a warning says so: pin the key you got out of band.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        List<String> positional = new ArrayList<>(Arrays.asList(args));
        byte[] pinnedKey = null;
        try {
            int k = positional.indexOf("--key");
            if (k >= 0 && k + 1 < positional.size()) {
                pinnedKey = readKey(Path.of(positional.get(k + 1)));
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
                                   byte[] pinnedKey, PrintStream out) {
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
                                     Map<String, Object> proof, byte[] pinnedKey, PrintStream out) {
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

    private static boolean signatureValid(SignedCheckpoint checkpoint, byte[] pinnedKey, PrintStream out) {
        byte[] key = pinnedKey;
        if (key == null) {
            out.println("WARNING no --key given: checking the signature with the key inside the checkpoint");
            key = checkpoint.publicKey();
        }
        boolean valid = key != null && checkpoint.signatureValid(key);
        out.println("checkpoint signature (size " + checkpoint.treeSize() + "): " + (valid ? "ok" : "FAILED"));
        return valid;
    }

    private static int report(PrintStream out, boolean valid) {
        out.println(valid ? "VALID" : "INVALID");
        return valid ? 0 : 1;
    }

    private static Map<String, Object> read(String path) throws IOException {
        return Json.object(Files.readString(Path.of(path), StandardCharsets.UTF_8));
    }

    static byte[] readKey(Path file) throws IOException {
        return parseKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** PEM or bare base64 of an X.509 public key. */
    static byte[] parseKey(String pemOrBase64) {
        String text = pemOrBase64
                .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
