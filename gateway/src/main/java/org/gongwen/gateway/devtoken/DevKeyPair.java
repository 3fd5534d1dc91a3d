package org.gongwen.gateway.devtoken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import org.gongwen.platform.web.security.RsaPem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The installation's RS256 key pair, read from two PEM files and, if allowed, created when both are absent. */
record DevKeyPair(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    private static final Logger log = LoggerFactory.getLogger(DevKeyPair.class);

    static DevKeyPair load(Path privateKeyFile, Path publicKeyFile, boolean generateIfMissing) {
        boolean privateExists = Files.exists(privateKeyFile);
        boolean publicExists = Files.exists(publicKeyFile);
        if (!privateExists && !publicExists && generateIfMissing) {
            generate(privateKeyFile, publicKeyFile);
        } else if (!privateExists || !publicExists) {
            throw new IllegalStateException("the dev token key pair is incomplete: " + describe(privateKeyFile)
                    + ", " + describe(publicKeyFile) + " (create both with ./gongwen up, or set "
                    + "gongwen.dev-token.generate-if-missing=true with both files absent)");
        }
        return new DevKeyPair(RsaPem.readPublic(read(publicKeyFile)), RsaPem.readPrivate(read(privateKeyFile)));
    }

    /**
     * Writes into a scratch directory beside the private key, then moves each file into place, so that a
     * service reading the public key never sees a half-written file.
     */
    private static void generate(Path privateKeyFile, Path publicKeyFile) {
        try {
            Path privateDir = privateKeyFile.toAbsolutePath().getParent();
            Files.createDirectories(privateDir);
            Files.createDirectories(publicKeyFile.toAbsolutePath().getParent());
            Path scratch = Files.createTempDirectory(privateDir, ".keygen");
            RsaPem.write(RsaPem.generate(), scratch);
            Files.move(scratch.resolve("jwt-public.pem"), publicKeyFile, StandardCopyOption.REPLACE_EXISTING);
            Files.move(scratch.resolve("jwt-private.pem"), privateKeyFile, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(scratch);
            log.info("Generated a new JWT key pair: {} and {}", privateKeyFile, publicKeyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the JWT key pair", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String describe(Path file) {
        return file + (Files.exists(file) ? " exists" : " is missing");
    }
}
