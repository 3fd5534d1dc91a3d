package org.gongwen.gateway.devtoken;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local suite's token issuer ({@code POST /dev/token}, profile {@code local} only).
 *
 * @param privateKeyLocation PEM (PKCS#8) file of the signing key; its public half is
 *                           {@code gongwen.security.public-key-location}
 * @param generateIfMissing  create both key files when neither exists (containers start with an empty volume)
 * @param lifetime           how long an issued token is valid
 */
@ConfigurationProperties("gongwen.dev-token")
public record DevTokenProperties(String privateKeyLocation, boolean generateIfMissing, Duration lifetime) {

    public DevTokenProperties {
        lifetime = lifetime == null ? Duration.ofHours(1) : lifetime;
    }
}
