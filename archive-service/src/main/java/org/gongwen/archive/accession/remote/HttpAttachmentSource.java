package org.gongwen.archive.accession.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.gongwen.archive.accession.application.AttachmentSource;

/**
 * drafting-service's {@code GET /internal/attachments/{sha256}} (not routed by the gateway), called with a token
 * of the service principal {@code archive-service} ({@link ServiceTokens}: the gateway's dev issuer or OAuth 2.0
 * client credentials), kept until shortly before it expires. A 401/403 makes it forget the token and try once more
 * with a new one (the issuer's key rotated, the token was revoked). Connection failures, time-outs, 5xx, a token
 * endpoint's refusal and a second 401/403 are {@link AttachmentSource.Unavailable}; 404 means drafting has no such
 * file.
 */
public final class HttpAttachmentSource implements AttachmentSource {

    private final HttpClient http;
    private final URI draftingUrl;
    private final ServiceToken token;
    private final Duration timeout;

    public HttpAttachmentSource(URI draftingUrl, ServiceToken token, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.draftingUrl = draftingUrl;
        this.token = token;
        this.timeout = timeout;
    }

    @Override
    public Optional<Fetched> fetch(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        HttpResponse<byte[]> response = get(sha256);
        if (refused(response)) {
            token.forget();
            response = get(sha256);
            if (refused(response)) {
                token.forget();
            }
        }
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            throw new Unavailable("drafting answered " + status + " for attachment " + sha256, null);
        }
        return Optional.of(new Fetched(response.body(),
                response.headers().firstValue("Content-Type").orElse("application/octet-stream")));
    }

    private HttpResponse<byte[]> get(String sha256) {
        return RemoteCall.send(http, HttpRequest.newBuilder(draftingUrl.resolve("/internal/attachments/" + sha256))
                .timeout(timeout).header("Authorization", "Bearer " + token.current()).GET().build(), "drafting");
    }

    private static boolean refused(HttpResponse<?> response) {
        return response.statusCode() == 401 || response.statusCode() == 403;
    }
}
