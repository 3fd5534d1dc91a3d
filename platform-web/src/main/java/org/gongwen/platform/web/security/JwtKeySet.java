package org.gongwen.platform.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The RS256 public keys an application trusts, each under its key id ({@code kid}: the RFC 7638 thumbprint, which
 * {@link TokenMinter} puts in every token header). Several keys make rotation possible: a token signed with the
 * previous key still verifies while that key is listed, and not once it is removed.
 *
 * <p>Read from {@code gongwen.security.public-key-location} ({@code GONGWEN_JWT_PUBLIC_KEY}): a comma-separated list
 * whose entries are a PEM public key file, a directory (every file in it holding a {@code PUBLIC KEY} PEM block, in
 * name order; private keys and other files beside them are ignored), or a JWK Set file ({@code *.json}). The first
 * key of the first entry is the current one: the key the local token minter's private key belongs to.
 */
public final class JwtKeySet {

    private static final String PEM_PUBLIC = "-----BEGIN PUBLIC KEY-----";

    private final List<RSAKey> keys;

    private JwtKeySet(List<RSAKey> keys) {
        Map<String, RSAKey> byId = new LinkedHashMap<>();
        keys.forEach(k -> byId.putIfAbsent(k.getKeyID(), k));
        this.keys = List.copyOf(byId.values());
    }

    public static JwtKeySet of(List<RSAPublicKey> publicKeys) {
        return new JwtKeySet(publicKeys.stream().map(JwtKeySet::jwk).toList());
    }

    public static JwtKeySet load(String locations) {
        List<RSAKey> keys = new ArrayList<>();
        for (String location : entries(locations)) {
            keys.addAll(read(location));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no RSA public key found at " + locations);
        }
        return new JwtKeySet(keys);
    }

    /** The first entry of a location list: the file that holds (or, generated, will hold) the current key. */
    public static String currentKeyLocation(String locations) {
        List<String> entries = entries(locations);
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The key id a token signed with this key carries: its RFC 7638 SHA-256 thumbprint. */
    public static String keyId(RSAPublicKey publicKey) {
        try {
            return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<RSAKey> keys() {
        return keys;
    }

    public List<String> keyIds() {
        return keys.stream().map(JWK::getKeyID).toList();
    }

    public List<RSAPublicKey> publicKeys() {
        return keys.stream().map(k -> {
            try {
                return k.toRSAPublicKey();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every key as a public JWK Set ({@code {"keys": [...]}}). */
    public Map<String, Object> toJwkSet() {
        return new JWKSet(new ArrayList<JWK>(keys)).toJSONObject(true);
    }

    private static RSAKey jwk(RSAPublicKey publicKey) {
        return new RSAKey.Builder(publicKey).keyID(keyId(publicKey)).build();
    }

    private static List<String> entries(String locations) {
        if (locations == null) {
            return List.of();
        }
        return Arrays.stream(locations.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<RSAKey> read(String location) {
        Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (!location.startsWith("classpath:") && Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(Files::isRegularFile).sorted()
                        .map(JwtKeySet::text).filter(text -> text.contains(PEM_PUBLIC))
                        .map(text -> jwk(RsaPem.readPublic(text))).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list JWT public keys in " + location, e);
            }
        }
        String text = resourceText(location);
        if (location.endsWith(".json")) {
            return fromJwkSet(location, text);
        }
        return List.of(jwk(RsaPem.readPublic(text)));
    }

    /** A JWK Set file: its RSA keys keep their own {@code kid} (a provider's), or get the thumbprint. */
    private static List<RSAKey> fromJwkSet(String location, String json) {
        try {
            return JWKSet.parse(json).getKeys().stream().filter(RSAKey.class::isInstance).map(RSAKey.class::cast)
                    .map(k -> k.getKeyID() != null ? k.toPublicJWK() : jwk(publicOf(k))).toList();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK Set: " + location, e);
        }
    }

    private static RSAPublicKey publicOf(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String resourceText(String location) {
        String normalized = location.startsWith("/") ? "file:" + location : location;
        Resource resource = new DefaultResourceLoader().getResource(normalized);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JWT public key at " + location, e);
        }
    }
}
