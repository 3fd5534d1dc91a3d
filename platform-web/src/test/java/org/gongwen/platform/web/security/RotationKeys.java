package org.gongwen.platform.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One key rotation as an operator performs it: the previous key pair's public half moved into a directory of
 * previous keys, a new current key pair beside it (docs/security.md, "Token keys").
 */
final class RotationKeys {

    static final KeyPair PREVIOUS = RsaPem.generate();
    static final KeyPair CURRENT = RsaPem.generate();
    static final Path DIRECTORY;

    static {
        try {
            DIRECTORY = Files.createTempDirectory("gongwen-rotation-keys");
            RsaPem.write(CURRENT, DIRECTORY.resolve("current"));
            RsaPem.write(PREVIOUS, DIRECTORY.resolve("previous"));
            // an operator keeps only the public half of a retired key; the private one must not be read as a key
            Files.delete(DIRECTORY.resolve("previous/jwt-private.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RotationKeys() {
    }

    static String currentOnly() {
        return DIRECTORY.resolve("current/jwt-public.pem").toString();
    }

    /** What GONGWEN_JWT_PUBLIC_KEY holds during a rotation: the current key file, then the previous keys' directory. */
    static String currentAndPrevious() {
        return currentOnly() + "," + DIRECTORY.resolve("previous");
    }

    static TokenMinter minter(KeyPair pair) {
        return new TokenMinter((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), "gongwen-local",
                "gongwen", Duration.ofMinutes(5), Clock.systemUTC(), List.of());
    }

    static String token(KeyPair pair) {
        return minter(pair).mint(new DemoUser("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), "秘密"));
    }

    static HttpResponse<String> get(int port, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things/1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
