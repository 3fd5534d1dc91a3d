package org.gongwen.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** How the gateway reads a failed call to a service: what is the service's fault, and what is not. */
class BackendFailureTest {

    @Test
    void aServiceConnectionResetMidAnswerIsUnreachableAndCountsAgainstTheService() {
        // as Netty's epoll transport reports it when the service is SIGKILLed during the call (chaos run)
        IOException reset = new IOException("recvAddress(..) failed with error(-104): Connection reset by peer");
        assertThat(BackendFailure.of(new RuntimeException(reset))).isEqualTo(BackendFailure.UNREACHABLE);
        assertThat(BackendFailure.isServiceFailure(reset)).isTrue();
    }

    @Test
    void theServiceConnectionClosedWhileTheRequestWasSentIsUnreachable() {
        // the chaos long run: the gateway got this while relaying to a killed review-service, and the caller was
        // sent an empty 200 because platform-web took it for the caller's own connection closing
        assertThat(BackendFailure.of(new reactor.netty.channel.AbortedException("Connection has been closed")))
                .isEqualTo(BackendFailure.UNREACHABLE);
    }

    @Test
    void anyOtherIoErrorIsNotBlamedOnTheService() {
        assertThat(BackendFailure.of(new IOException("No space left on device"))).isEqualTo(BackendFailure.OTHER);
        assertThat(BackendFailure.isServiceFailure(new IOException("No space left on device"))).isFalse();
    }
}
