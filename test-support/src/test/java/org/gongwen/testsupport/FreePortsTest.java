package org.gongwen.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsHandedOutByOneJvmAreNeverTheSameTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(ports.add(FreePorts.next())).as("port %d handed out twice", i).isTrue();
        }
    }

    @Test
    void aPortLiesBelowTheEphemeralRangeWhereOutgoingConnectionsCannotTakeIt() {
        assertThat(FreePorts.next()).isLessThan(FreePorts.ephemeralRangeStart()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void aPortHandedOutCanBeBoundByTheServerThatAsksForIt() throws IOException {
        int port = FreePorts.next();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(port));
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }
}
