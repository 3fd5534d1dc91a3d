package org.gongwen.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;

import org.gongwen.platform.web.security.DemoUsers;
import org.gongwen.platform.web.security.RsaPem;
import org.gongwen.platform.web.security.TokenMinter;

/** A key pair written to a temporary directory (as the launcher writes .gongwen/keys) and tokens signed with it. */
public final class TestKeys {

    private final Path directory;
    private final TokenMinter minter;

    private TestKeys(Path directory, KeyPair pair, String issuer) {
        this.directory = directory;
        this.minter = new TokenMinter((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(),
                issuer, "gongwen", Duration.ofMinutes(10), Clock.systemUTC());
    }

    public static TestKeys create() {
        return create("gongwen-local");
    }

    /** Keys whose tokens name {@code issuer}; a foreign issuer or key pair must be refused by the gateway. */
    public static TestKeys create(String issuer) {
        try {
            Path directory = Files.createTempDirectory("gongwen-gateway-keys");
            KeyPair pair = RsaPem.generate();
            RsaPem.write(pair, directory);
            return new TestKeys(directory, pair, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String publicKeyLocation() {
        return directory.resolve("jwt-public.pem").toString();
    }

    public String bearer(String username) {
        return "Bearer " + minter.mint(DemoUsers.get(username));
    }
}
