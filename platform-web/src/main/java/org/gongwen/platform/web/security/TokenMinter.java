package org.gongwen.platform.web.security;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs RS256 access tokens with gongwen's claims and the signing key's id as {@code kid}. The local suite's {@code POST /dev/token} and the tests
 * use it; production tokens come from a real identity provider.
 */
public final class TokenMinter {

    private final RSAKey key;
    private final JwtKeySet published;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    public TokenMinter(RSAPublicKey publicKey, RSAPrivateKey privateKey, String issuer, String audience,
                       Duration lifetime, Clock clock) {
        this(publicKey, privateKey, issuer, audience, lifetime, clock, List.of());
    }

    /**
     * @param stillTrusted public keys published beside the signing key in {@link #jwkSet()}: the previous keys of a
     *                     rotation, whose tokens resource servers still accept until the key is removed
     */
    public TokenMinter(RSAPublicKey publicKey, RSAPrivateKey privateKey, String issuer, String audience,
                       Duration lifetime, Clock clock, List<RSAPublicKey> stillTrusted) {
        this.key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(JwtKeySet.keyId(publicKey)).build();
        List<RSAPublicKey> published = new ArrayList<>();
        published.add(publicKey);
        published.addAll(stillTrusted);
        this.published = JwtKeySet.of(published);
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String mint(DemoUser user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(user.username())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(GongwenClaims.NAME, user.name())
                .claim(GongwenClaims.UNIT, user.unit())
                .claim(GongwenClaims.ROLES, List.copyOf(user.roles()))
                .claim(GongwenClaims.CLEARANCE, user.clearance())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The signing key's id, the {@code kid} of every token minted here. */
    public String keyId() {
        return key.getKeyID();
    }

    /** The public keys as a JWK Set, signing key first, for identity-provider style discovery. */
    public Map<String, Object> jwkSet() {
        return published.toJwkSet();
    }
}
