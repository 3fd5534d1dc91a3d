package org.gongwen.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Issue 6 "keys and passwords from environment or files": GONGWEN_X_FILE supplies GONGWEN_X. */
class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileNamedByGongwenXFileBecomesGongwenXForThePlaceholders() throws Exception {
        Path password = Files.writeString(dir.resolve("pg-password"), "s3cr3t-from-a-file\n");
        StandardEnvironment environment = environment(Map.of("GONGWEN_PG_PASSWORD_FILE", password.toString()));
        new SecretFiles().postProcessEnvironment(environment, null);
        assertThat(environment.resolvePlaceholders("${GONGWEN_PG_PASSWORD:gongwen}")).isEqualTo("s3cr3t-from-a-file");
    }

    @Test
    void aVariableSetDirectlyWinsOverItsFileForm() throws Exception {
        Path password = Files.writeString(dir.resolve("pg-password"), "from-file");
        StandardEnvironment environment = environment(Map.of("GONGWEN_PG_PASSWORD_FILE", password.toString(),
                "GONGWEN_PG_PASSWORD", "from-env"));
        new SecretFiles().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("GONGWEN_PG_PASSWORD")).isEqualTo("from-env");
    }

    @Test
    void anUnreadableFileStopsTheStartNamingTheVariable() {
        StandardEnvironment environment = environment(Map.of("GONGWEN_PG_PASSWORD_FILE",
                dir.resolve("missing").toString()));
        assertThatThrownBy(() -> new SecretFiles().postProcessEnvironment(environment, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GONGWEN_PG_PASSWORD_FILE");
    }

    @Test
    void onlyGongwenVariablesAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "x");
        StandardEnvironment environment = environment(Map.of("JAVA_TOOL_FILE", file.toString()));
        new SecretFiles().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("JAVA_TOOL")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        return environment;
    }
}
