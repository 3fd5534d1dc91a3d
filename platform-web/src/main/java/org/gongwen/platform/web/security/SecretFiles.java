package org.gongwen.platform.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Secrets from files, the convention of Docker and Kubernetes Secrets: for every environment variable
 * {@code GONGWEN_X_FILE} the file's content (without its trailing line break) becomes {@code GONGWEN_X}, which every
 * {@code ${GONGWEN_X:...}} placeholder of the applications' configuration then reads — so
 * {@code GONGWEN_PG_PASSWORD_FILE=/run/secrets/pg-password} keeps the password out of the environment. A variable set
 * directly wins over its {@code _FILE} form. An unreadable file stops the start, naming the variable, never the
 * content. (Spring's own {@code spring.config.import=configtree:/run/secrets/} works as well: docs/security.md.)
 */
public class SecretFiles implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "gongwenSecretFiles";
    private static final String PREFIX = "GONGWEN_";
    private static final String SUFFIX = "_FILE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> system = environment.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (!(system instanceof EnumerablePropertySource<?> variables)) {
            return;
        }
        Map<String, Object> secrets = read(variables);
        if (!secrets.isEmpty()) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new MapPropertySource(SOURCE_NAME, secrets));
        }
    }

    static Map<String, Object> read(EnumerablePropertySource<?> variables) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (String name : variables.getPropertyNames()) {
            if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || name.length() <= PREFIX.length() + SUFFIX.length()) {
                continue;
            }
            String target = name.substring(0, name.length() - SUFFIX.length());
            Object file = variables.getProperty(name);
            if (variables.containsProperty(target) || file == null || file.toString().isBlank()) {
                continue;
            }
            try {
                secrets.put(target, Files.readString(Path.of(file.toString().strip()), StandardCharsets.UTF_8)
                        .replaceFirst("\\r?\\n$", ""));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(name + " names a file that cannot be read: " + file, e);
            }
        }
        return secrets;
    }
}
