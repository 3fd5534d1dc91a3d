package org.gongwen.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.platform.web.openapi.GongwenOpenApi;
import org.gongwen.platform.web.ops.DocumentIdFilter;
import org.gongwen.platform.web.ops.UriLengthFilter;
import org.gongwen.platform.web.problem.ProblemExceptionHandler;
import org.gongwen.platform.web.problem.ProblemWriter;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.GongwenClaims;
import org.gongwen.platform.web.security.JwtDecoders;
import org.gongwen.platform.web.security.SecurityProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every gongwen WebFlux application shares: problem+json for every error (including 401 and 403 from
 * the security filters), an OAuth2 resource server that checks the token's signature, issuer, audience and
 * lifetime and maps its {@code roles} claim to {@code ROLE_*} authorities, the document id in log lines and
 * spans, and the OpenAPI description at {@code /v3/api-docs} (open, like health). Operational defaults
 * (actuator exposure, health groups, tracing, JSON logs) come from {@code ops.OperationalDefaults}.
 */
@AutoConfiguration
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class GongwenWebAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    /** Before Boot's own error handler (order -1), so that no error leaves as HTML or Boot's JSON. */
    @Bean
    @Order(-2)
    ProblemExceptionHandler problemExceptionHandler(ProblemWriter writer) {
        return new ProblemExceptionHandler(writer);
    }

    @Bean
    UriLengthFilter gongwenUriLengthFilter(ProblemWriter problems) {
        return new UriLengthFilter(problems);
    }

    @Bean
    DocumentIdFilter gongwenDocumentIdFilter() {
        return new DocumentIdFilter();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApiConfiguration {

        @Bean
        GongwenOpenApi gongwenOpenApi(@Value("${spring.application.name:gongwen}") String application,
                                      @Value("${gongwen.openapi.version:1.0.0}") String version,
                                      SecurityProperties properties) {
            return new GongwenOpenApi(application, version, properties.publicPaths());
        }
    }

    /**
     * Spring Security's firewall refuses a request whose path holds an encoded slash, backslash, percent sign or
     * NUL before any handler runs; its default answer is a bare 400. This one is the same 400 as problem+json.
     */
    @Bean
    @ConditionalOnMissingBean
    ServerExchangeRejectedHandler gongwenRejectedExchangeHandler(ProblemWriter problems) {
        return (exchange, rejected) -> problems.write(exchange,
                Problems.malformedRequest("the request path holds characters that are not allowed"));
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder gongwenJwtDecoder(SecurityProperties properties) {
        return JwtDecoders.from(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain gongwenSecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                                      SecurityProperties properties, ProblemWriter problems) {
        List<String> open = new ArrayList<>(List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
                // the API description is public like any published contract; it holds no data
                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"));
        open.addAll(properties.publicPaths());
        List<String> adminOnly = new ArrayList<>(List.of("/actuator/**"));
        adminOnly.addAll(properties.adminPaths());
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(GongwenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers(open.toArray(String[]::new)).permitAll()
                        // metrics, dead letters and the rest of actuator are for operators only, and so are
                        // the configured admin paths (the gateway's way to the services' dead letters)
                        .pathMatchers(adminOnly.toArray(String[]::new)).hasRole("ADMIN")
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, Problems.unauthenticated()))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problems.forbidden("无权执行此操作。", "You are not allowed to do this."))))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, Problems.unauthenticated()))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problems.forbidden("无权执行此操作。", "You are not allowed to do this."))))
                .headers(headers -> headers.cache(cache -> cache.disable()))
                .build();
    }

}
