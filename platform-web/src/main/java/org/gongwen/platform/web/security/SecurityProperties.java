package org.gongwen.platform.web.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this application trusts access tokens. Either a JWK Set URI (a real identity provider such as
 * Keycloak) or a PEM public key (the local suite's per-installation key pair); tokens must carry the
 * configured issuer and audience.
 *
 * @param issuer      required {@code iss}
 * @param audience    required member of {@code aud}
 * @param jwkSetUri   where the identity provider publishes its keys; wins over {@code publicKeyLocation}
 * @param publicKeyLocation the RS256 verification keys ({@link JwtKeySet}): comma-separated PEM (X.509
 *                          SubjectPublicKeyInfo) files, directories of them, or JWK Set files; the first key is the
 *                          current one, the others previous keys still accepted during a rotation
 * @param publicPaths paths reachable without a token besides health
 * @param adminPaths  paths only an ADMIN token may use (besides actuator beyond health and info), e.g. the
 *                    gateway's {@code /api/operations/**}; anyone else gets 403 before anything is routed
 */
@ConfigurationProperties("gongwen.security")
public record SecurityProperties(String issuer, String audience, String jwkSetUri, String publicKeyLocation,
                                 List<String> publicPaths, List<String> adminPaths) {

    public SecurityProperties {
        issuer = issuer == null ? "gongwen-local" : issuer;
        audience = audience == null ? "gongwen" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        adminPaths = adminPaths == null ? List.of() : List.copyOf(adminPaths);
    }
}
