package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;

/** What the suite refuses, with the status and problem the contract promises. */
class RefusalsIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void noTokenIsA401ProblemAtTheGateway() {
        GatewayClient.Response response = api.sendRaw("GET", "/api/drafts", null, null, null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:gongwen:problem:unauthenticated");
    }

    @Test
    void aForgedTokenIsA401() {
        String token = api.token("zhangwei");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(api.sendRaw("GET", "/api/drafts", forged, null, null).status()).isEqualTo(401);
    }

    @Test
    void malformedJsonIsA400Problem() {
        GatewayClient.Response response = api.sendRaw("POST", "/api/drafts", api.token("zhangwei"), "application/json", "{\"docType\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDrafterNeverApprovesTheirOwnDraftAndOnlyTheCurrentReviewerDecides() {
        String id = life.submitNew("zhangwei");
        life.awaitInInbox("sunli", id, 1);

        assertThat(life.decide("zhangwei", id, "APPROVE", "同意", 1).status()).isEqualTo(403);
        assertThat(life.decide("zhaomin", id, "APPROVE", "同意", 1).status()).isEqualTo(403);
        assertThat(life.decide("sunli", id, "APPROVE", "同意", 2).status()).as("stale revision").isEqualTo(409);
        GatewayClient.Response noOpinion = life.decide("sunli", id, "RETURN", "", 1);
        assertThat(noOpinion.status()).isBetween(400, 422);
        assertThat(noOpinion.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherUsersDraftIsForbidden() {
        String id = life.create("zhangwei", Lifecycle.请示(Lifecycle.uniqueSubject()));
        assertThat(api.get("lina", "/api/drafts/" + id).status()).isEqualTo(403);
    }

    @Test
    void twoConcurrentApprovalsOfOneStepHaveExactlyOneWinner() throws Exception {
        String id = life.submitNew("zhangwei");
        life.awaitInInbox("sunli", id, 1);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> approve = () -> {
            start.await();
            return life.decide("sunli", id, "APPROVE", "同意", 1).status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = List.of(pool.submit(approve), pool.submit(approve));
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }
}
