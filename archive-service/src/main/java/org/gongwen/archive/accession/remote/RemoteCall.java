package org.gongwen.archive.accession.remote;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gongwen.archive.accession.application.AttachmentSource.Unavailable;

/** An HTTP exchange whose transport failures are {@link Unavailable}, so the consumer retries later. */
final class RemoteCall {

    private RemoteCall() {
    }

    static HttpResponse<byte[]> send(HttpClient http, HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable(what + " unreachable at " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling " + what, e);
        }
    }
}
