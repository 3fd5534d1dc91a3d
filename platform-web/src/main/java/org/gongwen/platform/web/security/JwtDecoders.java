package org.gongwen.platform.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * Builds the token decoder: RS256 only, against a JWK Set URI or a {@link JwtKeySet} (current and previous keys),
 * with issuer, audience and time checks (60 s clock skew); a token already verified is not checked again while it
 * is valid ({@link VerifiedTokens}).
 */
public final class JwtDecoders {

    private JwtDecoders() {
    }

    public static ReactiveJwtDecoder from(SecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder;
        if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        } else if (properties.publicKeyLocation() != null && !properties.publicKeyLocation().isBlank()) {
            decoder = withKeySet(JwtKeySet.load(properties.publicKeyLocation()));
        } else {
            throw new IllegalStateException(
                    "gongwen.security.jwk-set-uri or gongwen.security.public-key-location must be set");
        }
        decoder.setJwtValidator(validator(properties));
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(Duration.ofSeconds(60)),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(properties.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank())));
    }

    /**
     * Verifies against every key of the set: the token's {@code kid} picks the key (an unknown {@code kid} finds none
     * and the token is refused); a token without {@code kid} is tried against each key.
     */
    static NimbusReactiveJwtDecoder withKeySet(JwtKeySet keys) {
        List<JWK> jwks = List.copyOf(keys.keys());
        return NimbusReactiveJwtDecoder.withJwkSource(jwt -> Flux.fromIterable(jwks))
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
    }
}
