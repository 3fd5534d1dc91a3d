package org.gongwen.platform.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The HTTP server under every gongwen service and the gateway keeps reading a keep-alive connection after a request
 * that waited for the previous exchange to end was then answered at once. Reactor Netty 1.3.6 (Boot 4.0.7) stopped
 * reading such a connection (reactor-netty #4361/#4347): the next request on it was never answered. That was the
 * sporadic 30 s "no answer" of DraftApiIT and of the e2e fuzzing (an error is answered at once, on the event loop).
 * The root pom pins Reactor Netty 1.3.8; with 1.3.6 this test fails:
 * {@code ./mvnw -o -pl platform-web verify -Dit.test=KeepAliveIT -Dreactor-netty.version=1.3.6
 * -Dreactor-core.version=3.8.6 -Dnetty.version=4.2.15.Final}.
 */
class KeepAliveIT {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length:\\s*(\\d+)");

    @Test
    void theNextRequestAfterOneAnsweredAtOnceIsAnswered() throws Exception {
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> response.sendString(request.uri().equals("/late")
                        ? Mono.delay(Duration.ofMillis(50)).thenReturn("late") : Mono.just("at once")))
                .bindNow(Duration.ofSeconds(10));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // the second request arrives while the first is still being answered, and is answered at once
            out.write((request("/late") + request("/now")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
            out.write(request("/next").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readResponse(in)).as("the next request on the same connection").startsWith("HTTP/1.1 200");
        }
        finally {
            server.disposeNow();
        }
    }

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    /** Status line and headers, then exactly Content-Length bytes; "no answer" when the server stays silent. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return "connection closed";
                }
                head.write(b);
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1);
            Matcher length = CONTENT_LENGTH.matcher(headers);
            in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            return headers;
        }
        catch (SocketTimeoutException silent) {
            return "no answer within 3 s";
        }
    }
}
