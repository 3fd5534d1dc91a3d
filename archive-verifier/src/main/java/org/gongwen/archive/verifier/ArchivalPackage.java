package org.gongwen.archive.verifier;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Checks an archival package ({@code GET /api/archive/records/{id}/package}) offline:
 * <ol>
 *   <li>the ZIP is in canonical form ({@link PackageZip}), so no byte of it can change unnoticed;</li>
 *   <li>{@code manifest.json} lists every other file with its SHA-256, and {@code manifest.sig} is the log key's
 *       Ed25519 signature over {@link #SIGNED_PREFIX} + the manifest bytes;</li>
 *   <li>{@code record-leaf.json} is in the log: {@code proof.json} against {@code checkpoint.json}, whose signature
 *       verifies with the pinned key;</li>
 *   <li>{@code content.json} is the content the leaf holds.</li>
 * </ol>
 */
public final class ArchivalPackage {

    /** Domain separation: a package signature can never be mistaken for a checkpoint's (which starts with the origin). */
    public static final String SIGNED_PREFIX = "gongwen-archival-package/v1\n";

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    private ArchivalPackage() {
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(byte[] zip, LogKeys pinnedKey, PrintStream out) {
        try {
            return check(zip, pinnedKey, out);
        } catch (IllegalArgumentException e) {
            // a well-formed ZIP whose files are not what a package holds (malformed JSON, bad base64): invalid
            out.println("package contents: FAILED (" + e.getMessage() + ")");
            return false;
        }
    }

    private static boolean check(byte[] zip, LogKeys pinnedKey, PrintStream out) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (PackageZip.Entry e : PackageZip.readCanonical(zip)) {
                files.put(e.name(), e.data());
            }
        } catch (ZipException e) {
            out.println("package ZIP: FAILED (" + e.getMessage() + ")");
            return false;
        }
        out.println("package ZIP: canonical, " + files.size() + " files");
        LogKeys key = pinnedKey;
        if (key == null) {
            out.println("WARNING no --key given: checking with the log-key.pub inside the package");
            key = files.containsKey("log-key.pub") ? LogKeys.parse(utf8(files.get("log-key.pub"))) : null;
        }
        byte[] manifestBytes = files.get(MANIFEST);
        byte[] signature = files.get(SIGNATURE);
        if (manifestBytes == null || signature == null || key == null || key.isEmpty()) {
            out.println("manifest, its signature or a key: MISSING");
            return false;
        }
        // the manifest is signed at export time with the key current then, which may since have been rotated
        boolean signed = key.keys().stream().anyMatch(k -> signatureValid(k, manifestBytes, signature));
        out.println("manifest signature: " + (signed ? "ok" : "FAILED"));
        boolean listed = filesMatchManifest(files, Json.object(utf8(manifestBytes)), out);
        byte[] leaf = files.get("record-leaf.json");
        if (leaf == null || !files.containsKey("proof.json") || !files.containsKey("checkpoint.json")) {
            out.println("record-leaf.json, proof.json or checkpoint.json: MISSING");
            return false;
        }
        boolean included = Main.verifyInclusion(leaf, Json.object(utf8(files.get("proof.json"))),
                Json.object(utf8(files.get("checkpoint.json"))), key, out);
        boolean content = files.containsKey("content.json") && Json.parse(utf8(files.get("content.json")))
                .equals(Json.object(utf8(leaf)).get("content"));
        out.println("content.json is the logged content: " + (content ? "ok" : "FAILED"));
        return signed && listed && included && content;
    }

    private static boolean filesMatchManifest(Map<String, byte[]> files, Map<String, Object> manifest,
                                              PrintStream out) {
        if (!(manifest.get("files") instanceof List<?> listed)) {
            out.println("manifest files: MISSING");
            return false;
        }
        boolean ok = true;
        int count = 0;
        for (Object o : listed) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("name") instanceof String name)
                    || !(m.get("sha256") instanceof String hash)) {
                out.println("manifest entry malformed: " + o);
                return false;
            }
            byte[] data = files.get(name);
            if (data == null || !sha256Hex(data).equals(hash)) {
                out.println("file " + name + ": " + (data == null ? "MISSING" : "hash FAILED"));
                ok = false;
            }
            count++;
        }
        if (count != files.size() - 2) {
            out.println("files not in the manifest: FAILED (" + (files.size() - 2) + " files, " + count + " listed)");
            ok = false;
        }
        out.println("files against manifest (" + count + "): " + (ok ? "ok" : "FAILED"));
        return ok;
    }

    private static boolean signatureValid(byte[] x509Key, byte[] manifest, byte[] signatureBase64) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509Key)));
            s.update(SIGNED_PREFIX.getBytes(StandardCharsets.UTF_8));
            s.update(manifest);
            return s.verify(Base64.getDecoder().decode(utf8(signatureBase64).trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String utf8(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
