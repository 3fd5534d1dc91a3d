package org.gongwen.archive.accession.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * How archive-service obtains its service token, by configuration ({@code gongwen.archive.attachments.token-grant},
 * env GONGWEN_TOKEN_GRANT): {@code dev} (the default) asks the gateway's {@code /dev/token} for the principal's
 * token; {@code client_credentials} asks an identity provider's token endpoint with the client's id and secret.
 */
public final class ServiceTokens {

    public static final String DEV = "dev";
    public static final String CLIENT_CREDENTIALS = "client_credentials";

    private ServiceTokens() {
    }

    /** @throws IllegalArgumentException for an unknown grant or client credentials without id or secret: the start fails */
    public static ServiceToken of(String grant, URI tokenUri, String principal, String clientId, String clientSecret,
                                  Duration timeout, JsonMapper json, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        TokenIssuer issuer = switch (grant == null ? DEV : grant.strip().toLowerCase(Locale.ROOT)) {
            case "", DEV -> new DevTokenIssuer(http, tokenUri, principal, timeout, json);
            case CLIENT_CREDENTIALS -> new ClientCredentialsIssuer(http, tokenUri, clientId, clientSecret, timeout, json);
            default -> throw new IllegalArgumentException("unknown token grant '" + grant + "': expected "
                    + DEV + " or " + CLIENT_CREDENTIALS);
        };
        return new ServiceToken(issuer::issue, clock);
    }
}
