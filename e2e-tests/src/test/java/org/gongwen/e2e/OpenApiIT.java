package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every application of the suite describes its HTTP API at {@code /v3/api-docs} on its own port, without a token
 * (platform-web's springdoc). The descriptions are written to {@code target/openapi/<service>.json}, where CI lints
 * them with spectral's default OpenAPI ruleset ({@code .ci/run}, {@code e2e-tests/.spectral.yaml}).
 */
class OpenApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path OUT = Path.of("target", "openapi");

    @ParameterizedTest
    @CsvSource({
            "drafting-service, /api/drafts",
            "review-service,   /api/reviews",
            "archive-service,  /api/archive",
            "gateway,          ''"})
    void eachApplicationDescribesItsApiWithBearerSecurityAndProblemErrors(String service, String pathPrefix)
            throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(Suite.get().serviceUrl(service) + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(service + ".json"), response.body());

        JsonNode docs = JSON.readTree(response.body());
        assertThat(docs.path("openapi").asString()).startsWith("3.");
        assertThat(docs.path("info").path("title").asString()).isEqualTo("gongwen " + service);
        assertThat(docs.path("info").path("version").asString()).isNotBlank();
        assertThat(docs.path("components").path("securitySchemes").path("bearer").path("bearerFormat").asString())
                .isEqualTo("JWT");
        assertThat(docs.path("components").path("schemas").has("Problem")).isTrue();
        if (pathPrefix.isEmpty()) {
            return;
        }
        List<String> paths = docs.path("paths").propertyNames().stream().toList();
        // the public API under its gateway prefix, and service-to-service endpoints the gateway does not route
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path).matches(
                java.util.regex.Pattern.quote(pathPrefix) + ".*|/internal/.*"));
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                assertThat(operation.getValue().path("responses").propertyNames())
                        .as("%s %s", operation.getKey(), path.getKey())
                        .contains("401", "default")));
    }

    @ParameterizedTest
    @CsvSource({"drafting, drafting-service", "review, review-service", "archive, archive-service"})
    void theGatewayServesEachServicesDocumentForItsSwaggerUi(String route, String service) throws Exception {
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(
                URI.create(Suite.get().gatewayUrl() + "/api-docs/" + route)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        assertThat(JSON.readTree(document.body()).path("info").path("title").asString()).isEqualTo("gongwen " + service);

        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(
                URI.create(Suite.get().gatewayUrl() + "/swagger-ui/index.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
    }
}
