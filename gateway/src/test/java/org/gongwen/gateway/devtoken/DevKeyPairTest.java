package org.gongwen.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongwen.platform.web.security.RsaPem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyPairTest {

    @TempDir
    Path dir;

    @Test
    void generatesBothFilesWhenNeitherExistsAndGenerationIsAllowed() {
        Path privateKey = dir.resolve("secret/jwt-private.pem");
        Path publicKey = dir.resolve("shared/jwt-public.pem");

        DevKeyPair pair = DevKeyPair.load(privateKey, publicKey, true);

        assertThat(RsaPem.readPublic(read(publicKey))).isEqualTo(pair.publicKey());
        assertThat(RsaPem.readPrivate(read(privateKey))).isEqualTo(pair.privateKey());
        assertThat(dir.resolve("secret")).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".keygen"));
    }

    @Test
    void readsAnExistingPairAgainInsteadOfReplacingIt() {
        DevKeyPair first = DevKeyPair.load(dir.resolve("jwt-private.pem"), dir.resolve("jwt-public.pem"), true);
        DevKeyPair second = DevKeyPair.load(dir.resolve("jwt-private.pem"), dir.resolve("jwt-public.pem"), true);

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void refusesWhenFilesAreMissingAndGenerationIsOff() {
        assertThatThrownBy(() -> DevKeyPair.load(dir.resolve("jwt-private.pem"), dir.resolve("jwt-public.pem"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jwt-private.pem is missing");
    }

    @Test
    void neverGeneratesOverAHalfPresentPair() throws IOException {
        RsaPem.write(RsaPem.generate(), dir);
        Files.delete(dir.resolve("jwt-private.pem"));

        assertThatThrownBy(() -> DevKeyPair.load(dir.resolve("jwt-private.pem"), dir.resolve("jwt-public.pem"), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jwt-public.pem exists");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
