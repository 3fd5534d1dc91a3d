package org.gongwen.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback URL where nothing listens: a service that is down. */
public final class ClosedPort {

    private ClosedPort() {
    }

    public static String url() {
        return "http://127.0.0.1:" + port();
    }

    public static int port() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
