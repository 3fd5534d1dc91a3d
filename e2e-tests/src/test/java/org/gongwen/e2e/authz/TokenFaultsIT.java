package org.gongwen.e2e.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Suite;
import org.gongwen.e2e.fuzz.CaseCount;
import org.gongwen.platform.web.security.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 6 part 4, token faults: each fault is one case at the gateway and at each service directly (a caller
 * inside the network must not get past a service by skipping the gateway). Every fault is a 401 problem; the same
 * call with a sound token is a 200, so a service that ignored tokens altogether would fail here too. Each 401
 * carries the RFC 6750 §3 challenge {@code Bearer ..., error="invalid_token"}.
 */
class TokenFaultsIT {

    /** Where: the gateway, then each service on its own port, with a read the demo auditor/clerk may make. */
    private record Entry(String application, String path, String user) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("gateway", "/api/drafts", "zhangwei"),
            new Entry("drafting-service", "/api/drafts", "zhangwei"),
            new Entry("review-service", "/api/reviews/inbox", "sunli"),
            new Entry("archive-service", "/api/archive/records", "zhoushen"));

    private static final AtomicInteger cases = new AtomicInteger();

    @AfterAll
    static void report() {
        CaseCount.write("token-faults", cases.get(), Tokens.Fault.values().length + " faults and one sound token at "
                + ENTRIES.size() + " entry points");
    }

    @TestFactory
    Stream<DynamicTest> everyTokenFaultIsA401ProblemAtTheGatewayAndAtEachService() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            tests.add(DynamicTest.dynamicTest(entry.application() + " sound token", () -> {
                cases.incrementAndGet();
                GatewayClient.Response response = call(entry, Tokens.valid(DemoUsers.get(entry.user())));
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
            }));
            for (Tokens.Fault fault : Tokens.Fault.values()) {
                tests.add(DynamicTest.dynamicTest(entry.application() + " " + fault, () -> {
                    cases.incrementAndGet();
                    GatewayClient.Response response = call(entry, Tokens.faulty(DemoUsers.get(entry.user()), fault));
                    assertThat(response.status()).as(response.toString()).isEqualTo(401);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.body().path("type").asString())
                            .isEqualTo("urn:gongwen:problem:unauthenticated");
                    assertThat(response.header("WWW-Authenticate"))
                            .isEqualTo("Bearer realm=\"gongwen\", error=\"invalid_token\"");
                }));
            }
        }
        return tests.stream();
    }

    private static GatewayClient.Response call(Entry entry, String token) {
        String base = entry.application().equals("gateway") ? Suite.get().gatewayUrl()
                : Suite.get().serviceUrl(entry.application());
        return new GatewayClient(base).sendRaw("GET", entry.path(), token, null, null);
    }
}
