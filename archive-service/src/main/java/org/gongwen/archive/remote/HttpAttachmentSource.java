package org.gongwen.archive.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gongwen.archive.application.AttachmentSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * drafting-service's {@code GET /internal/attachments/{sha256}} (not routed by the gateway), called with a token
 * of the service principal {@code archive-service} from the token issuer ({@code POST {"username":
 * "archive-service"}}), kept until shortly before it expires. Connection failures, time-outs, 5xx and 401/403 (a
 * token refused — perhaps the issuer's key rotated) are {@link AttachmentSource.Unavailable}; 404 means drafting
 * has no such file.
 */
public final class HttpAttachmentSource implements AttachmentSource {

    /** Renew this long before expiry, so a token never expires between check and use. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI draftingUrl;
    private final URI tokenUri;
    private final String principal;
    private final Duration timeout;
    private final JsonMapper json;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public HttpAttachmentSource(URI draftingUrl, URI tokenUri, String principal, Duration timeout, JsonMapper json,
                                Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.draftingUrl = draftingUrl;
        this.tokenUri = tokenUri;
        this.principal = principal;
        this.timeout = timeout;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<Fetched> fetch(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(draftingUrl.resolve("/internal/attachments/"
                + sha256)).timeout(timeout).header("Authorization", "Bearer " + token()).GET().build(), "drafting");
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            forgetToken();
        }
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            throw new Unavailable("drafting answered " + status + " for attachment " + sha256, null);
        }
        return Optional.of(new Fetched(response.body(),
                response.headers().firstValue("Content-Type").orElse("application/octet-stream")));
    }

    private synchronized void forgetToken() {
        token = null;
        tokenExpires = Instant.MIN;
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(tokenExpires.minus(RENEW_BEFORE))) {
            return token;
        }
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + principal + "\"}",
                        StandardCharsets.UTF_8)).build(), "token issuer");
        if (response.statusCode() != 200) {
            throw new Unavailable("token issuer answered " + response.statusCode(), null);
        }
        JsonNode body = json.readTree(response.body());
        if (!body.hasNonNull("access_token")) {
            throw new Unavailable("token issuer's answer has no access_token", null);
        }
        token = body.get("access_token").asString();
        long seconds = body.hasNonNull("expires_in") ? body.get("expires_in").asLong() : 300;
        tokenExpires = now.plusSeconds(seconds);
        return token;
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable(what + " unreachable at " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling " + what, e);
        }
    }
}
