package org.gongwen.archive.verifier;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive log's Ed25519 public keys by key id. The archive rotates its signing key; every checkpoint names the
 * id of the key that signed it ({@code keyId}), so a checkpoint signed before a rotation still verifies with the
 * older key of the set.
 *
 * <p>A key id is the lowercase hex of the first 8 bytes of SHA-256 over the key's X.509 (SubjectPublicKeyInfo)
 * bytes: derived from the key itself, so a key set file cannot attach a key to another key's id.
 *
 * <p>Read from: the archive's key set ({@code GET /api/archive/checkpoints/keys}, JSON with {@code keys: [{keyId,
 * publicKey}]}), one or several PEM {@code PUBLIC KEY} blocks (one file per key concatenated), or bare base64.
 */
public final class LogKeys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private final Map<String, byte[]> byId;
    private final List<String> order;

    private LogKeys(List<byte[]> keys) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        keys.forEach(k -> map.putIfAbsent(keyId(k), k.clone()));
        this.byId = Map.copyOf(map);
        this.order = List.copyOf(map.keySet());
    }

    public static LogKeys of(List<byte[]> x509Keys) {
        return new LogKeys(x509Keys);
    }

    /** A key set file's text: the archive's JSON key set, PEM block(s), or bare base64 of one key. */
    public static LogKeys parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return fromJson(Json.object(trimmed));
        }
        List<byte[]> keys = new ArrayList<>();
        Matcher pem = PEM.matcher(trimmed);
        while (pem.find()) {
            keys.add(Base64.getDecoder().decode(pem.group(1).replaceAll("\\s", "")));
        }
        if (keys.isEmpty()) {
            keys.add(Base64.getDecoder().decode(trimmed.replaceAll("\\s", "")));
        }
        return new LogKeys(keys);
    }

    private static LogKeys fromJson(Map<String, Object> json) {
        if (!(json.get("keys") instanceof List<?> listed)) {
            throw new IllegalArgumentException("a key set needs \"keys\": [{keyId, publicKey}]");
        }
        List<byte[]> keys = new ArrayList<>();
        for (Object o : listed) {
            if (!(o instanceof Map<?, ?> entry) || !(entry.get("publicKey") instanceof String key)) {
                throw new IllegalArgumentException("key set entry without publicKey: " + o);
            }
            byte[] x509 = Base64.getDecoder().decode(key);
            if (entry.get("keyId") instanceof String claimed && !claimed.equals(keyId(x509))) {
                throw new IllegalArgumentException("key set entry " + claimed + " holds the key " + keyId(x509));
            }
            keys.add(x509);
        }
        return new LogKeys(keys);
    }

    /** The id of an X.509 (SubjectPublicKeyInfo) public key: hex of the first 8 bytes of its SHA-256. */
    public static String keyId(byte[] x509PublicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(x509PublicKey);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Optional<byte[]> forId(String keyId) {
        return Optional.ofNullable(byId.get(keyId)).map(byte[]::clone);
    }

    /** Key ids in the order given (the archive lists its current key first). */
    public List<String> ids() {
        return order;
    }

    public List<byte[]> keys() {
        return order.stream().map(byId::get).map(byte[]::clone).toList();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
