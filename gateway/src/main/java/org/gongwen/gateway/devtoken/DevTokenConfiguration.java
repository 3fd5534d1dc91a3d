package org.gongwen.gateway.devtoken;

import java.nio.file.Path;
import java.time.Clock;

import org.gongwen.platform.web.security.JwtDecoders;
import org.gongwen.platform.web.security.JwtKeySet;
import org.gongwen.platform.web.security.SecurityProperties;
import org.gongwen.platform.web.security.TokenMinter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The local suite's identity provider: a token minter over the installation's key pair. Only in profile
 * {@code local}; in any other profile there is no minter and {@code /dev/**} answers 404.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevTokenConfiguration {

    @Bean
    DevKeyPair devKeyPair(DevTokenProperties devToken, SecurityProperties security) {
        if (devToken.privateKeyLocation() == null || security.publicKeyLocation() == null) {
            throw new IllegalStateException("profile local needs gongwen.dev-token.private-key-location "
                    + "(GONGWEN_JWT_PRIVATE_KEY) and gongwen.security.public-key-location (GONGWEN_JWT_PUBLIC_KEY)");
        }
        // the first entry of the key list is the current public key, the half of this private key (docs/security.md)
        return DevKeyPair.load(asPath(devToken.privateKeyLocation()),
                asPath(JwtKeySet.currentKeyLocation(security.publicKeyLocation())), devToken.generateIfMissing());
    }

    /** Signs with the current key; /dev/jwks.json also lists the previous keys of a rotation that are still trusted. */
    @Bean
    TokenMinter tokenMinter(DevKeyPair keys, DevTokenProperties devToken, SecurityProperties security) {
        return new TokenMinter(keys.publicKey(), keys.privateKey(), security.issuer(), security.audience(),
                devToken.lifetime(), Clock.systemUTC(), JwtKeySet.load(security.publicKeyLocation()).publicKeys());
    }

    /**
     * Replaces platform-web's decoder only to order it after {@link #devKeyPair}: that decoder reads the public
     * key file when it is created, and with generate-if-missing the file exists only once the key pair bean has run.
     */
    @Bean
    ReactiveJwtDecoder devKeyJwtDecoder(DevKeyPair keysWrittenFirst, SecurityProperties security) {
        return JwtDecoders.from(security);
    }

    private static Path asPath(String location) {
        return Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
    }
}
