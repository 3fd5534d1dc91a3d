package org.gongwen.archive.accession.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's {@code POST /dev/token} (profile local only): {@code {"username": "archive-service"}}, no
 * credential. What {@code ./gongwen up}, the e2e and the chaos suites use.
 */
final class DevTokenIssuer extends TokenIssuer {

    private final String principal;

    DevTokenIssuer(HttpClient http, URI tokenUri, String principal, Duration timeout, JsonMapper json) {
        super(http, tokenUri, timeout, json);
        this.principal = principal;
    }

    @Override
    HttpRequest request() {
        return HttpRequest.newBuilder(tokenUri).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + principal + "\"}",
                        StandardCharsets.UTF_8)).build();
    }

    @Override
    String describe() {
        return "dev token issuer " + tokenUri;
    }
}
