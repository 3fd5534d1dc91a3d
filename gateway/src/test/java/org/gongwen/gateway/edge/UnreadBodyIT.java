package org.gongwen.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.gongwen.gateway.support.ClosedPort;
import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request the gateway answers before it has read the body (413 on the declared length; likewise 401, 429, or a
 * service's early 404/400) must not leave its keep-alive connection waiting for the rest of that body: the next
 * request a client sends on it would be swallowed as body bytes and never answered (GatewayRoutingIT's POST after
 * its 413 test hung 90 s; BadInputIT saw warm-gateway requests go unanswered). Such answers close the connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongwen.gateway.max-request-size=64KB", "gongwen.gateway.rate-limit.enabled=false"})
class UnreadBodyIT {

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.start("drafting");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        GatewayEnvironment.routes(registry, KEYS, DRAFTING.url(), ClosedPort.url(), ClosedPort.url());
    }

    @AfterAll
    static void stopBackend() {
        DRAFTING.close();
    }

    @Test
    void closesTheConnectionAfterA413OnTheDeclaredLength() throws IOException {
        assertAnsweredEarlyAndClosed("Authorization: " + KEYS.bearer("zhangwei") + "\r\nContent-Length: 70000", "413");
    }

    /** Answered by the token check, not by this filter: the commit-time check adds Connection: close. */
    @Test
    void closesTheConnectionAfterA401WithTheBodyUnread() throws IOException {
        assertAnsweredEarlyAndClosed("Content-Length: 5000", "401");
    }

    /** Sends the head and 1000 bytes of the body, then (the client gives up on the rest) the next request. */
    private void assertAnsweredEarlyAndClosed(String headers, String status) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/drafts HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/octet-stream\r\n"
                    + headers + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1000]);
            out.flush();
            String refusal = readHead(in);

            String next;
            try {
                out.write(("GET /api/drafts/1 HTTP/1.1\r\nHost: gateway\r\nAuthorization: " + KEYS.bearer("zhangwei")
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                skipBody(in, refusal);
                next = readHead(in);
            } catch (SocketTimeoutException stuck) {
                next = "no answer within 15 s";
            } catch (IOException closed) {
                next = "closed";
            }
            assertThat(refusal).startsWith("HTTP/1.1 " + status);
            assertThat(next).as("the connection is closed, not left waiting for the unread body").isIn("closed", "");
            assertThat(refusal).containsIgnoringCase("connection: close");
        }
    }

    /** Status line and headers, up to the blank line; "" at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void skipBody(InputStream in, String head) throws IOException {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
            }
        }
    }
}
