package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 4 through the gateway: 退回 to an earlier level, 委派 recorded as "X代Y", 催办 with its rate limit, "五不". */
class ReviewChainIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void theSignerReturnsItToLevelOneAndTheChainRunsAgainFromThere() {
        String id = life.submitNew("zhangwei");
        life.approve("sunli", id, 1);
        life.approve("zhaomin", id, 1);
        life.awaitInInbox("wangqiang", id, 1);

        Map<String, Object> sendBack = new LinkedHashMap<>();
        sendBack.put("decision", "RETURN");
        sendBack.put("opinion", "请分管主任再核资金测算。");
        sendBack.put("revision", 1);
        sendBack.put("returnToLevel", 1);
        GatewayClient.Response returned = api.post("wangqiang", "/api/reviews/" + id + "/decisions", sendBack);
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);

        JsonNode again = life.awaitInInbox("sunli", id, 1);
        assertThat(again.get("level").asInt()).isEqualTo(1);
        life.approve("sunli", id, 1);
        life.approve("zhaomin", id, 1);
        life.approve("wangqiang", id, 1);

        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        List<String> actors = new ArrayList<>();
        record.get("trail").forEach(step -> actors.add(step.get("actor").asString()));
        assertThat(actors).containsSubsequence("sunli", "zhaomin", "wangqiang", "sunli", "zhaomin", "wangqiang");
        assertThat(record.get("trail").findValuesAsString("action")).contains("SENT_BACK");
    }

    @Test
    void aDelegateSignsAndTheArchiveShowsWhomTheyStoodInFor() {
        String id = life.submitNew("lina");
        life.approve("zhaomin", id, 1);
        life.awaitInInbox("wangqiang", id, 1);

        GatewayClient.Response delegated = api.post("wangqiang", "/api/reviews/" + id + "/delegation", Map.of(
                "kind", "DELEGATE", "to", "liuyang", "reason", "出差",
                "until", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "revision", 1));
        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(200);
        life.approve("liuyang", id, 1);

        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        JsonNode signed = null;
        for (JsonNode step : record.get("trail")) {
            if ("liuyang".equals(step.get("actor").asString()) && !"DELEGATED".equals(step.get("action").asString())) {
                signed = step;
            }
        }
        assertThat(signed).as(record.get("trail").toString()).isNotNull();
        assertThat(signed.get("onBehalfOf").asString()).as("刘洋代王强").isEqualTo("wangqiang");
    }

    @Test
    void theDrafterUrgesOnceAnHourAndTheDirectorSeesWhoHoldsIt() {
        String id = life.submitNew("zhangwei");
        life.awaitInInbox("sunli", id, 1);

        GatewayClient.Response urged = api.post("zhangwei", "/api/reviews/" + id + "/urge", Map.of("note", "请尽快审核"));
        assertThat(urged.status()).as(urged.toString()).isEqualTo(200);
        GatewayClient.Response tooSoon = api.post("zhangwei", "/api/reviews/" + id + "/urge", Map.of("note", "再催"));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.contentType()).startsWith("application/problem+json");
        assertThat(api.post("lina", "/api/reviews/" + id + "/urge", Map.of("note", "x")).status()).isEqualTo(403);

        GatewayClient.Response dashboard = api.get("zhaomin", "/api/reviews/dashboard");
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        JsonNode held = null;
        for (JsonNode document : dashboard.body().get("documents")) {
            if (id.equals(document.get("documentId").asString())) {
                held = document;
            }
        }
        assertThat(held).isNotNull();
        assertThat(held.get("holder").asString()).isEqualTo("sunli");
        assertThat(api.get("zhangwei", "/api/reviews/dashboard").status()).isEqualTo(403);
    }
}
