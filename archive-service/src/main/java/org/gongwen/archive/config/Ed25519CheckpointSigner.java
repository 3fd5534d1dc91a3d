package org.gongwen.archive.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.gongwen.archive.log.application.CheckpointSigner;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.archive.verifier.LogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs checkpoints with the JDK's Ed25519; the key comes from a PEM file, created on first start if absent. The
 * previous keys of rotations (public halves) are trusted beside it, so that older checkpoints still verify.
 */
final class Ed25519CheckpointSigner implements CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(Ed25519CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final LogKeys trusted;

    private Ed25519CheckpointSigner(PrivateKey privateKey, PublicKey publicKey, List<byte[]> previousKeys) {
        this.privateKey = privateKey;
        this.publicKey = publicKey.getEncoded();
        List<byte[]> all = new ArrayList<>();
        all.add(this.publicKey);
        all.addAll(previousKeys);
        this.trusted = LogKeys.of(all);
    }

    static Ed25519CheckpointSigner fromFile(Path privateKeyFile) {
        return fromFile(privateKeyFile, List.of());
    }

    static Ed25519CheckpointSigner fromFile(Path privateKeyFile, List<byte[]> previousKeys) {
        try {
            Path publicKeyFile = privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub");
            if (!Files.exists(privateKeyFile)) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                if (privateKeyFile.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(privateKeyFile.toAbsolutePath().getParent());
                }
                Files.writeString(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                restrict(privateKeyFile);
                Files.writeString(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                log.warn("Generated a new archive log signing key at {} (public key {}): keep it, every checkpoint "
                        + "is signed with it", privateKeyFile.toAbsolutePath(), publicKeyFile.toAbsolutePath());
                return new Ed25519CheckpointSigner(pair.getPrivate(), pair.getPublic(), previousKeys);
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privateKeyFile))));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(unpem(Files.readString(publicKeyFile))));
            return new Ed25519CheckpointSigner(privateKey, publicKey, previousKeys);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("archive log signing key " + privateKeyFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SignedCheckpoint sign(Checkpoint checkpoint) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(checkpoint.signedBody().getBytes(StandardCharsets.UTF_8));
            return new SignedCheckpoint(checkpoint, signature.sign(), publicKey.clone());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK 15+", e);
        }
    }

    @Override
    public byte[] signPackage(byte[] manifest) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(ArchivalPackage.SIGNED_PREFIX.getBytes(StandardCharsets.UTF_8));
            signature.update(manifest);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the package manifest", e);
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public LogKeys trustedKeys() {
        return trusted;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String text) {
        return Base64.getDecoder().decode(text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("cannot restrict permissions of {}", file);
        }
    }
}
