package org.gongwen.archive.accession.remote;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 client credentials grant (RFC 6749 §4.4) at an identity provider's token endpoint, e.g. Keycloak's
 * {@code /realms/gongwen/protocol/openid-connect/token} with the realm's confidential client {@code archive-service}
 * (deploy/keycloak): {@code grant_type=client_credentials}, the client authenticated with HTTP Basic (§2.3.1: id and
 * secret form-urlencoded, then Base64).
 */
final class ClientCredentialsIssuer extends TokenIssuer {

    private final String clientId;
    private final String authorization;

    ClientCredentialsIssuer(HttpClient http, URI tokenUri, String clientId, String clientSecret, Duration timeout,
                            JsonMapper json) {
        super(http, tokenUri, timeout, json);
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client credentials need a client id and a client secret "
                    + "(GONGWEN_TOKEN_CLIENT_ID, GONGWEN_TOKEN_CLIENT_SECRET or GONGWEN_TOKEN_CLIENT_SECRET_FILE)");
        }
        this.clientId = clientId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (formEncoded(clientId) + ":" + formEncoded(clientSecret)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    HttpRequest request() {
        return HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.UTF_8))
                .build();
    }

    @Override
    String describe() {
        return "client credentials of '" + clientId + "' at " + tokenUri;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String formEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
