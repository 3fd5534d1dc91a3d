package org.gongwen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * create-secrets.sh makes every file its overlay's secretGenerator reads, in the forms the services parse: the
 * archive log key as archive-service's Ed25519CheckpointSigner reads it (PKCS#8 + X.509 PEM), the JWT pair as RSA.
 */
class CreateSecretsScriptTest {

    private static final ServiceSources SOURCES = ServiceSources.locate();
    private static final Duration SCRIPT_DEADLINE = Duration.ofSeconds(60);

    static java.util.stream.Stream<String> overlays() {
        return KustomizationsTest.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void the_script_creates_every_secret_file_in_a_form_the_services_read(String overlay, @TempDir Path copy)
            throws Exception {
        assumeTrue(onPath("openssl"), "create-secrets.sh needs openssl (CI installs it)");
        Files.copy(SOURCES.k8s().resolve("create-secrets.sh"), copy.resolve("create-secrets.sh"));
        Path overlayCopy = Files.createDirectories(copy.resolve(overlay));
        Files.copy(SOURCES.k8s().resolve(overlay).resolve(Kustomization.FILE_NAME),
                overlayCopy.resolve(Kustomization.FILE_NAME));

        Process script = new ProcessBuilder("bash", copy.resolve("create-secrets.sh").toString(),
                Path.of(overlay).getFileName().toString()).redirectErrorStream(true).start();
        assertThat(script.waitFor(SCRIPT_DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("finished in time").isTrue();
        String output = new String(script.getInputStream().readAllBytes());
        assertThat(script.exitValue()).as(output).isZero();

        Kustomization kustomization = Kustomization.read(overlayCopy);
        for (Kustomization.SecretGenerator generator : kustomization.secretGenerator()) {
            for (String entry : generator.files()) {
                assertThat(overlayCopy.resolve(generator.pathOf(entry))).as(output).isNotEmptyFile();
            }
        }
        Path secrets = overlayCopy.resolve("secrets");
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        ed25519.generatePrivate(new PKCS8EncodedKeySpec(pem(secrets.resolve("archive-log-ed25519.pem"))));
        ed25519.generatePublic(new X509EncodedKeySpec(pem(secrets.resolve("archive-log-ed25519.pem.pub"))));
        if (Files.exists(secrets.resolve("jwt-public.pem"))) {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(secrets.resolve("jwt-private.pem"))));
            assertThat(((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(pem(secrets.resolve("jwt-public.pem")))))
                    .getModulus().bitLength()).isEqualTo(2048);
        }
    }

    private static byte[] pem(Path file) throws Exception {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
