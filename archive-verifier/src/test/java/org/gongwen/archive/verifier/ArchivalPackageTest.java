package org.gongwen.archive.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reference.md §3.5 真实性 ("the received package = the sent package; verify digital signatures and hashes"):
 * a package verifies offline, and fails after any single byte of it changes — and after a file is altered and the
 * ZIP rebuilt cleanly around it.
 */
class ArchivalPackageTest {

    static final B64 B = new B64();
    static KeyPair key;
    static KeyPair otherKey;

    record B64() {
        String enc(byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
    }

    @BeforeAll
    static void keys() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        otherKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    static byte[] sign(KeyPair pair, byte[]... parts) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        for (byte[] p : parts) {
            s.update(p);
        }
        return s.sign();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A package as archive-service builds it: the record is leaf 1 of a 2-leaf log. */
    static List<PackageZip.Entry> files(String contentJson, KeyPair signer) throws Exception {
        byte[] leaf = utf8("{\"archiveNo\":\"Z011-WS·2026-D30-SHJZ-0001\",\"content\":" + contentJson
                + ",\"kind\":\"record\"}");
        byte[] other = utf8("{\"kind\":\"record\",\"documentId\":\"x\"}");
        byte[] root = LogProofs.nodeHash(LogProofs.leafHash(other), LogProofs.leafHash(leaf));
        SignedCheckpoint unsigned = new SignedCheckpoint("gongwen-archive/Z011", 2, root, "2026-11-21T10:00:00Z",
                new byte[0], null);
        byte[] sig = sign(signer, utf8(unsigned.signedBody()));
        String checkpoint = "{\"origin\":\"gongwen-archive/Z011\",\"treeSize\":2,\"rootHash\":\"" + B.enc(root)
                + "\",\"timestamp\":\"2026-11-21T10:00:00Z\",\"signature\":\"" + B.enc(sig) + "\"}";
        String proof = "{\"documentId\":\"d1\",\"leafIndex\":1,\"treeSize\":2,\"auditPath\":[\""
                + B.enc(LogProofs.leafHash(other)) + "\"]}";
        List<PackageZip.Entry> files = new ArrayList<>(List.of(
                new PackageZip.Entry("content.json", utf8(contentJson)),
                new PackageZip.Entry("content.txt", utf8("关于养老服务工作的通知\n正文")),
                new PackageZip.Entry("record-leaf.json", leaf),
                new PackageZip.Entry("proof.json", utf8(proof)),
                new PackageZip.Entry("checkpoint.json", utf8(checkpoint)),
                new PackageZip.Entry("log-key.pub", utf8(B.enc(signer.getPublic().getEncoded())))));
        return files;
    }

    static byte[] pack(List<PackageZip.Entry> files, KeyPair signer) throws Exception {
        StringBuilder manifest = new StringBuilder("{\"format\":\"gongwen-archival-package/1\",\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append("{\"name\":\"").append(files.get(i).name())
                    .append("\",\"sha256\":\"").append(ArchivalPackage.sha256Hex(files.get(i).data())).append("\"}");
        }
        byte[] m = utf8(manifest.append("]}").toString());
        List<PackageZip.Entry> all = new ArrayList<>(files);
        all.add(new PackageZip.Entry(ArchivalPackage.MANIFEST, m));
        all.add(new PackageZip.Entry(ArchivalPackage.SIGNATURE,
                utf8(B.enc(sign(signer, utf8(ArchivalPackage.SIGNED_PREFIX), m)))));
        return PackageZip.write(all, LocalDateTime.of(2026, 11, 21, 10, 0));
    }

    static final String CONTENT = "{\"title\":\"关于养老服务工作的通知\",\"body\":\"现将有关事项通知如下。\"}";

    int verify(byte[] zip, Path dir, boolean pinKey) throws Exception {
        Path file = dir.resolve("package.zip");
        Files.write(file, zip);
        List<String> args = new ArrayList<>(List.of("verify-package", file.toString()));
        if (pinKey) {
            Path pub = dir.resolve("key.pub");
            Files.writeString(pub, B.enc(key.getPublic().getEncoded()));
            args.addAll(List.of("--key", pub.toString()));
        }
        return Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    @Test
    void anIntactPackageIsValid(@TempDir Path dir) throws Exception {
        assertThat(verify(pack(files(CONTENT, key), key), dir, true)).isZero();
        assertThat(verify(pack(files(CONTENT, key), key), dir, false)).isZero();
    }

    @Test
    void changingAnySingleByteOfThePackageMakesItInvalid(@TempDir Path dir) throws Exception {
        byte[] zip = pack(files(CONTENT, key), key);
        for (int i = 0; i < zip.length; i++) {
            byte[] tampered = zip.clone();
            tampered[i] ^= 0x01;
            assertThat(verify(tampered, dir, true)).as("byte %d of %d flipped", i, zip.length).isEqualTo(1);
        }
    }

    @Test
    void anAlteredRenderingInACleanlyRebuiltZipIsInvalid(@TempDir Path dir) throws Exception {
        byte[] good = pack(files(CONTENT, key), key);
        List<PackageZip.Entry> entries = new ArrayList<>(PackageZip.readCanonical(good));
        entries.set(1, new PackageZip.Entry("content.txt", utf8("关于养老服务工作的通知\n正文（改）")));
        assertThat(verify(PackageZip.write(entries, LocalDateTime.of(2026, 11, 21, 10, 0)), dir, true)).isEqualTo(1);
    }

    @Test
    void alteredContentWithARecomputedManifestFailsTheSignatureAndTheLog(@TempDir Path dir) throws Exception {
        List<PackageZip.Entry> files = files(CONTENT, key);
        files.set(0, new PackageZip.Entry("content.json", utf8(CONTENT.replace("养老", "殡葬"))));
        assertThat(verify(pack(files, otherKey), dir, true)).isEqualTo(1);
        // and signed with the real key (a compromised exporter): content.json no longer matches the logged leaf
        assertThat(verify(pack(files, key), dir, true)).isEqualTo(1);
    }

    @Test
    void anExtraFileIsInvalid(@TempDir Path dir) throws Exception {
        byte[] good = pack(files(CONTENT, key), key);
        List<PackageZip.Entry> entries = new ArrayList<>(PackageZip.readCanonical(good));
        entries.add(new PackageZip.Entry("extra.txt", utf8("x")));
        assertThat(verify(PackageZip.write(entries, LocalDateTime.of(2026, 11, 21, 10, 0)), dir, true)).isEqualTo(1);
    }
}
