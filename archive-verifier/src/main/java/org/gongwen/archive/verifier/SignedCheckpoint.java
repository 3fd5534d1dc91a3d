package org.gongwen.archive.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * A checkpoint as the archive publishes it ({@code GET /api/archive/checkpoints/latest}): the signed body is
 * {@code <origin>\n<treeSize>\n<base64 rootHash>\n<timestamp>\n}, signed with Ed25519 by the key {@code keyId}
 * names ({@link LogKeys#keyId}; absent in checkpoints published before keys were rotatable).
 */
public record SignedCheckpoint(String origin, long treeSize, byte[] rootHash, String timestamp, byte[] signature,
                               byte[] publicKey, String keyId) {

    public SignedCheckpoint(String origin, long treeSize, byte[] rootHash, String timestamp, byte[] signature,
                            byte[] publicKey) {
        this(origin, treeSize, rootHash, timestamp, signature, publicKey,
                publicKey == null ? null : LogKeys.keyId(publicKey));
    }

    public static SignedCheckpoint fromJson(Map<String, Object> json) {
        return new SignedCheckpoint(Json.string(json, "origin"), Json.number(json, "treeSize"),
                Json.base64(json, "rootHash"), Json.string(json, "timestamp"), Json.base64(json, "signature"),
                json.get("publicKey") == null ? null : Json.base64(json, "publicKey"),
                json.get("keyId") instanceof String id ? id : null);
    }

    /**
     * Verifies with the key the checkpoint names, taken from a trusted set: a checkpoint of a key not in the set
     * fails. One without {@code keyId} (older JSON) is accepted if any key of the set verifies it.
     */
    public boolean signatureValid(LogKeys trusted) {
        if (keyId != null) {
            return trusted.forId(keyId).map(this::signatureValid).orElse(false);
        }
        return trusted.keys().stream().anyMatch(this::signatureValid);
    }

    public String signedBody() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + timestamp + "\n";
    }

    /** Verifies the Ed25519 signature with the given X.509 (SubjectPublicKeyInfo) key. */
    public boolean signatureValid(byte[] x509PublicKey) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509PublicKey));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedBody().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
