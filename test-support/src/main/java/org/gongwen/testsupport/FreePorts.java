package org.gongwen.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test starts as their own processes, which bind them seconds later.
 *
 * <p>{@code new ServerSocket(0)} is not enough for that: the kernel hands the same port out again once the probe
 * closes (CI once started registry-service and the gateway on one port, and every test through "the gateway" talked to
 * registry-service), and the port lies in the ephemeral range, where any outgoing connection of the starting
 * applications (to PostgreSQL, Kafka) may take it before the server binds. So a port comes from below the ephemeral
 * range, is free when chosen, and is never handed out twice by this JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> handedOut = new HashSet<>();

    private FreePorts() {
    }

    /** A port nothing listens on now, outside the ephemeral range, not handed out before by this JVM. */
    public static synchronized int next() {
        int below = ephemeralRangeStart();
        if (below - LOWEST < 1_000) {
            return nextFromKernel();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!handedOut.contains(candidate) && bindable(candidate)) {
                handedOut.add(candidate);
                return candidate;
            }
        }
        throw new IllegalStateException("no free port in " + LOWEST + ".." + below + " after " + ATTEMPTS + " tries");
    }

    private static int nextFromKernel() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (handedOut.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free port", e);
            }
        }
        throw new IllegalStateException("the kernel kept handing out ports this JVM already gave away");
    }

    private static boolean bindable(int port) {
        // the wildcard address, as the servers bind: a port taken on any interface is not free
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** First port of Linux's ephemeral range; 32768 (its default and the usual BSD/macOS floor is higher) elsewhere. */
    static int ephemeralRangeStart() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        // procfs reports a size of 0, which Files.readString takes at its word (it returned "3"): read it as a stream
        try (BufferedReader reader = Files.newBufferedReader(range)) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            // fall through to the usual default
        }
        return 32_768;
    }
}
