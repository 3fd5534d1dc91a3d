package org.gongwen.gateway.edge;

import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * A streamed request body grew past the limit. Extends {@link DataBufferLimitException} so that any handler
 * which only knows Spring's type still answers 413; {@link GatewayErrorHandler} adds the limit itself.
 */
final class RequestBodyTooLargeException extends DataBufferLimitException {

    private final long limitBytes;

    RequestBodyTooLargeException(long limitBytes) {
        super("request body exceeds " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    long limitBytes() {
        return limitBytes;
    }
}
