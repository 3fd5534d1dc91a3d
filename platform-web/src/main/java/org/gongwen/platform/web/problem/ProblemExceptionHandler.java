package org.gongwen.platform.web.problem;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * The last word on every error in a gongwen WebFlux application, controllers and filters alike: each becomes
 * problem+json. Bad input is a 4xx with a reason, never a 500; a real 500 is logged with an id the client sees.
 */
public final class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (callerGone(error, InboundConnection.closed(exchange))) {
            // no one is left to answer, and it is not this application's fault: a line, not an error with a trace
            log.info("Caller closed the connection during {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            return Mono.empty();
        }
        return writer.write(exchange, toProblem(error, exchange));
    }

    /**
     * The caller's connection closed before the answer (seen when the chaos run kills the gateway mid-request):
     * a connection-closed error while the inbound connection is no longer active. Anything else is answered —
     * returning nothing on an open connection would send an empty 200.
     */
    static boolean callerGone(Throwable error, boolean inboundClosed) {
        if (!inboundClosed) {
            return false;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AbortedException) {
                return true;
            }
        }
        return false;
    }

    Problem toProblem(Throwable error, ServerWebExchange exchange) {
        if (error instanceof ProblemException pe) {
            return pe.problem();
        }
        if (error instanceof WebExchangeBindException bind) {
            List<Violation> violations = bind.getFieldErrors().stream()
                    .map(fe -> Violation.error("field." + fe.getCode(), fe.getField(),
                            "字段 " + fe.getField() + " 不符合要求：" + fe.getDefaultMessage(),
                            "Field " + fe.getField() + ": " + fe.getDefaultMessage()))
                    .toList();
            return Problems.malformedRequest("invalid fields").withViolations(violations);
        }
        if (isTooLarge(error)) {
            return Problems.payloadTooLarge(-1);
        }
        if (error instanceof ServerWebInputException input) {
            return Problems.malformedRequest(inputReason(input));
        }
        if (error instanceof AuthenticationException) {
            return Problems.unauthenticated();
        }
        if (error instanceof AccessDeniedException) {
            return Problems.forbidden("无权执行此操作。", "You are not allowed to do this.");
        }
        if (error instanceof ResponseStatusException rse) {
            return fromStatus(rse.getStatusCode(), exchange);
        }
        if (DatabaseOutage.isCause(error)) {
            // the chaos run's PostgreSQL crash answered these as 500 internal-error with a stack trace each
            log.warn("Database unavailable for {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            return Problems.serviceUnavailable("数据库暂时不可用，请稍后重试。",
                    "The database is temporarily unavailable; retry later.");
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unhandled error {} on {} {}", errorId, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        return Problems.internalError(errorId);
    }

    private static boolean isTooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataBufferLimitException || t instanceof ContentTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static String inputReason(ServerWebInputException input) {
        for (Throwable t = input; t != null; t = t.getCause()) {
            if (t instanceof DecodingException) {
                return "the body is not valid JSON for this resource";
            }
        }
        return input.getReason() == null ? "invalid input" : input.getReason();
    }

    private static Problem fromStatus(HttpStatusCode status, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return switch (status.value()) {
            case 404 -> Problems.notFound("资源不存在：" + path, "No resource at " + path);
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "不支持该请求方法。", "This method is not allowed here.");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable",
                    "无法提供所要求的响应格式。", "Cannot produce the requested media type.");
            case 413 -> Problems.payloadTooLarge(-1);
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "不支持该内容类型，请使用 application/json。", "Unsupported content type; use application/json.");
            case 503, 502, 504 -> Problems.serviceUnavailable("服务暂时不可用，请稍后重试。",
                    "The service is temporarily unavailable; retry later.");
            default -> status.is4xxClientError()
                    ? Problem.of(status.value(), "client-error", "Client error", "请求无法处理。", "The request cannot be processed.")
                    : Problems.internalError(UUID.randomUUID().toString());
        };
    }
}
