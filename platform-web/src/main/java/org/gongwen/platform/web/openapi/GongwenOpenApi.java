package org.gongwen.platform.web.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What every gongwen service's {@code /v3/api-docs} states besides its controllers (contract §2): the title and
 * version, the bearer JWT every call needs (none on the application's public paths), and the problem+json body of
 * every error — 401 and 403 on secured operations, 404 where the path names a resource, and {@code default} for
 * the rest (400, 409, 412, 413, 422 …), so a client generator learns one error type, {@code Problem}.
 */
public class GongwenOpenApi implements OpenApiCustomizer {

    public static final String BEARER = "bearer";
    static final String PROBLEM_JSON = "application/problem+json";

    private final String application;
    private final String version;
    private final List<PathPattern> publicPaths;

    public GongwenOpenApi(String application, String version, List<String> publicPaths) {
        this.application = application;
        this.version = version;
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("gongwen " + application).version(version)
                .description("公文系统 " + application + " 的 HTTP 接口（经网关 /api/** 访问）。 The HTTP API of gongwen's "
                        + application + ", reached through the gateway under /api/**. Errors are RFC 9457 "
                        + "application/problem+json with a stable type urn:gongwen:problem:<code>.")
                .contact(new Contact().name("gongwen operators").url("https://github.com/gongwen"))
                .license(new License().name("Proprietary")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("OAuth2/OIDC access token (RS256) with sub, name, unit, roles, "
                        + "clearance; audience gongwen."));
        ProblemSchemas.addTo(components);
        components.addResponses("Unauthenticated", problem("未登录或令牌无效。 No token, or an invalid or expired one."));
        components.addResponses("Forbidden", problem("无权执行此操作。 The caller is not allowed to do this."));
        components.addResponses("NotFound", problem("不存在或无权查看。 Unknown, or not visible to the caller."));
        components.addResponses("Problem", problem("其他错误：400 格式错误、409 状态冲突、412 版本过期、413 过大、422 违反规则。 "
                + "Any other error: 400 malformed, 409 state conflict, 412 stale If-Match, 413 too large, "
                + "422 rule violation."));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, operation)));
    }

    private void document(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (isPublic(path)) {
            operation.setSecurity(List.of());
        } else {
            responses.putIfAbsent("401", new ApiResponse().$ref("Unauthenticated"));
            responses.putIfAbsent("403", new ApiResponse().$ref("Forbidden"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", new ApiResponse().$ref("NotFound"));
        }
        responses.putIfAbsent("default", new ApiResponse().$ref("Problem"));
    }

    private boolean isPublic(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicPaths.stream().anyMatch(p -> p.matches(container));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(ProblemSchemas.PROBLEM))));
    }

    /** The schemas of {@code org.gongwen.platform.web.problem.Problem} as it is written on the wire. */
    static final class ProblemSchemas {

        static final String PROBLEM = "#/components/schemas/Problem";

        private ProblemSchemas() {
        }

        static void addTo(Components components) {
            components.addSchemas("LocalizedMessage", new ObjectSchema()
                    .description("同一信息的中英文。 The same message in Chinese and English.")
                    .properties(Map.of("zh", new StringSchema().description("中文。 Chinese."),
                            "en", new StringSchema().description("English.")))
                    .required(List.of("zh", "en")));
            components.addSchemas("Violation", new ObjectSchema()
                    .description("违反的规则。 One rule the input breaks.")
                    .properties(Map.of(
                            "rule", new StringSchema().description("规则编号，如 GB-NO-1。 Rule id, e.g. GB-NO-1."),
                            "field", new StringSchema().description("字段。 The field concerned."),
                            "severity", new StringSchema()._enum(List.of("ERROR", "WARNING"))
                                    .description("ERROR 阻止送审；WARNING 仅提示。 ERROR blocks submission."),
                            "message", new StringSchema().description("中文说明。 Explanation in Chinese."),
                            "messageEn", new StringSchema().description("English explanation."))));
            components.addSchemas("Problem", new ObjectSchema()
                    .description("RFC 9457 错误详情。 An RFC 9457 problem detail.")
                    .properties(Map.of(
                            "type", new StringSchema().format("uri")
                                    .description("稳定的错误类型 urn:gongwen:problem:<code>。 Stable problem type."),
                            "title", new StringSchema().description("简短标题。 Short summary."),
                            "code", new StringSchema().description("稳定的错误代码，即 type 的末段。 Stable code, the end of type."),
                            "status", new IntegerSchema().description("HTTP 状态码。 The HTTP status."),
                            "detail", new StringSchema().description(
                                    "说明，默认中文，Accept-Language: en 时为英文。 Explanation, zh-CN unless Accept-Language: en."),
                            "instance", new StringSchema().description("请求路径。 The request path."),
                            "message", new Schema<>().$ref("#/components/schemas/LocalizedMessage"),
                            "violations", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Violation"))
                                    .description("违反的规则（如适用）。 Broken rules, where they apply.")))
                    .required(List.of("type", "title", "status")));
        }
    }
}
