package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Creating topics must give up in bounded time when the broker does not answer: the outbox relay and the consumer
 * call it in their loops, and a call that never returns stops them for good (found by the chaos test).
 */
class KafkaTopicsTest {

    @Test
    void aBrokerThatAcceptsConnectionsButNeverAnswersIsReportedUnreachableInBoundedTime() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silentBroker = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silentBroker.accept()); // kept open, never answered
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            }, "silent-broker");
            acceptor.setDaemon(true);
            acceptor.start();
            MessagingProperties properties = new MessagingProperties("127.0.0.1:" + silentBroker.getLocalPort(),
                    "/gongwen/test", "test", 1, (short) 1, null, null, null, null, null, null, null);

            // listTopics waits 5 s at most, closing the admin KafkaTopics.CLOSE_TIMEOUT: bounded well below 15 s
            boolean ready = assertTimeoutPreemptively(Duration.ofSeconds(15),
                    () -> KafkaTopics.ensure(properties, Set.of("gongwen.test")));
            assertThat(ready).isFalse();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
