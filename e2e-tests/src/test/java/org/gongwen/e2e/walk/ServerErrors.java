package org.gongwen.e2e.walk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.e2e.Suite;

/**
 * Every 5xx an application of the suite answered — to the walk's requests and to the calls the applications make of
 * each other (archive-service fetching attachments from drafting-service, services asking the gateway for their
 * token) — from its own count: Micrometer's {@code http.server.requests} at {@code /actuator/prometheus} (ADMIN), by
 * method, uri and status. The walk compares the counts after it with those before it.
 */
final class ServerErrors {

    private static final Pattern SERIES = Pattern.compile("^http_server_requests_seconds_count\\{(.*)}\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ServerErrors() {
    }

    /** application → "METHOD uri status" → how many answers so far; an application that cannot tell is noted. */
    static Map<String, Map<String, Long>> counts(Suite suite, String adminToken) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String module : suite.modules()) {
            String base = module.equals("gateway") ? suite.gatewayUrl() : suite.serviceUrl(module);
            Map<String, Long> five = new TreeMap<>();
            int series = 0;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + adminToken)
                        .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(module + " /actuator/prometheus answered " + response.statusCode());
                }
                for (String line : response.body().split("\n")) {
                    Matcher count = SERIES.matcher(line.strip());
                    if (!count.matches()) {
                        continue;
                    }
                    series++;
                    Map<String, String> labels = new LinkedHashMap<>();
                    Matcher label = LABEL.matcher(count.group(1));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2));
                    }
                    if (labels.getOrDefault("status", "").startsWith("5")) {
                        five.merge(labels.get("method") + " " + labels.get("uri") + " " + labels.get("status"),
                                (long) Double.parseDouble(count.group(2)), Long::sum);
                    }
                }
                if (series == 0) {
                    // the applications have answered requests (health, the walk's tokens): no series means the
                    // metric is named otherwise now, and a count of zero 5xx would mean nothing
                    throw new IllegalStateException(module + " has no http_server_requests_seconds_count series");
                }
            } catch (IOException e) {
                throw new IllegalStateException(module + " /actuator/prometheus", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            counts.put(module, five);
        }
        return counts;
    }

    /** The 5xx answered between two counts: "application: METHOD uri status ×n". */
    static List<String> between(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after) {
        List<String> found = new ArrayList<>();
        after.forEach((module, series) -> series.forEach((key, n) -> {
            long earlier = before.getOrDefault(module, Map.of()).getOrDefault(key, 0L);
            if (n > earlier) {
                found.add(module + ": " + key + " ×" + (n - earlier));
            }
        }));
        return found;
    }
}
