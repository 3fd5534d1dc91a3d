package org.gongwen.archive.accession.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.gongwen.archive.accession.application.AttachmentSource.Unavailable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One way of obtaining a token for archive-service's service principal from a token endpoint answering as RFC 6749
 * §5.1 does ({@code {"access_token": ..., "expires_in": ...}}). Every failure is {@link Unavailable}: the consumer
 * retries the document later. Messages name the endpoint, the status and the OAuth {@code error} code, never a
 * credential.
 */
abstract class TokenIssuer {

    private final HttpClient http;
    private final JsonMapper json;
    final URI tokenUri;
    final Duration timeout;

    TokenIssuer(HttpClient http, URI tokenUri, Duration timeout, JsonMapper json) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.timeout = timeout;
        this.json = json;
    }

    /** The request asking for a token; its credentials stay in the request. */
    abstract HttpRequest request();

    /** For messages and logs: the grant and the endpoint, never a secret. */
    abstract String describe();

    final IssuedToken issue() {
        HttpResponse<byte[]> response = RemoteCall.send(http, request(), describe());
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            String error = body != null && body.hasNonNull("error") ? " (" + body.get("error").asString() + ")" : "";
            throw new Unavailable(describe() + " answered " + response.statusCode() + error, null);
        }
        if (body == null || !body.hasNonNull("access_token") || body.get("access_token").asString().isBlank()) {
            throw new Unavailable(describe() + ": the answer has no access_token", null);
        }
        long seconds = body.hasNonNull("expires_in") ? body.get("expires_in").asLong() : 0;
        return new IssuedToken(body.get("access_token").asString(),
                seconds > 0 ? Duration.ofSeconds(seconds) : IssuedToken.ASSUMED_LIFETIME);
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
