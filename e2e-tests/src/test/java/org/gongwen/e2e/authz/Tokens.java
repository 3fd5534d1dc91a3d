package org.gongwen.e2e.authz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.platform.web.security.GongwenClaims;
import org.gongwen.platform.web.security.RsaPem;
import org.gongwen.testsupport.TestInfrastructure;

/**
 * Access tokens built claim by claim, signed with the suite's key (the one /dev/token uses) or deliberately not:
 * a persona whose clearance differs from the demo user's, and every token fault the services must refuse.
 */
public final class Tokens {

    /** The token faults of issue 6 part 4, each refused with 401 at the gateway and at every service. */
    enum Fault {
        EXPIRED, NOT_YET_VALID, WRONG_ISSUER, WRONG_AUDIENCE, BAD_SIGNATURE, ALG_NONE, HS256_WITH_PUBLIC_KEY
    }

    private Tokens() {
    }

    /** A valid token with exactly these claims, as the identity provider would issue it. */
    public static String valid(DemoUser user) {
        return sign(claims(user, UnaryOperator.identity()), rs256(suiteKey()));
    }

    static String faulty(DemoUser user, Fault fault) {
        Instant now = Instant.now();
        return switch (fault) {
            case EXPIRED -> sign(claims(user, c -> c.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                    .notBeforeTime(Date.from(now.minus(Duration.ofHours(2))))
                    .expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))), rs256(suiteKey()));
            case NOT_YET_VALID -> sign(claims(user, c -> c.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))),
                    rs256(suiteKey()));
            case WRONG_ISSUER -> sign(claims(user, c -> c.issuer("https://idp.example.org")), rs256(suiteKey()));
            case WRONG_AUDIENCE -> sign(claims(user, c -> c.audience("another-system")), rs256(suiteKey()));
            case BAD_SIGNATURE -> sign(claims(user, UnaryOperator.identity()),
                    rs256((RSAPrivateKey) RsaPem.generate().getPrivate()));
            case ALG_NONE -> new PlainJWT(claims(user, UnaryOperator.identity())).serialize();
            case HS256_WITH_PUBLIC_KEY -> signHs256WithPublicKey(claims(user, UnaryOperator.identity()));
        };
    }

    private static JWTClaimsSet claims(DemoUser user, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(user.username())
                .issuer(TestInfrastructure.ISSUER)
                .audience(TestInfrastructure.AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString())
                .claim(GongwenClaims.NAME, user.name())
                .claim(GongwenClaims.UNIT, user.unit())
                .claim(GongwenClaims.ROLES, List.copyOf(user.roles()))
                .claim(GongwenClaims.CLEARANCE, user.clearance());
        return change.apply(claims).build();
    }

    private static RSAPrivateKey suiteKey() {
        try {
            return RsaPem.readPrivate(Files.readString(TestInfrastructure.privateKeyFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Signing(JWSAlgorithm algorithm, JWSSigner signer) {
    }

    private static Signing rs256(RSAPrivateKey key) {
        return new Signing(JWSAlgorithm.RS256, new RSASSASigner(key));
    }

    /** The classic confusion attack: the verifier's RSA public key (PEM text, public anyway) as an HMAC secret. */
    private static String signHs256WithPublicKey(JWTClaimsSet claims) {
        try {
            byte[] secret = Files.readString(TestInfrastructure.publicKeyFile()).getBytes(StandardCharsets.UTF_8);
            return sign(claims, new Signing(JWSAlgorithm.HS256, new MACSigner(secret)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, Signing signing) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(signing.algorithm()).build(), claims);
        try {
            jwt.sign(signing.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
        return jwt.serialize();
    }
}
