package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 through the gateway: a 收文 registered, circulated, assigned and 办结ed in registry-service becomes a
 * record of its own kind and class in the archive — readable by the archive's readers, not by a clerk, and found by
 * its 收文编号 with the same search.
 */
class RegistryArchiveIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    private String ok(GatewayClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.body() == null || response.body().get("id") == null ? null : response.body().get("id").asString();
    }

    @Test
    void aConcludedIncomingDocumentBecomesReadableInTheArchiveWithItsTrail() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> form = new HashMap<>();
        form.put("senderOrgan", "江城市应急管理局");
        form.put("senderNumber", "江应急函〔2026〕8号");
        form.put("title", "关于核查救灾物资储备情况的函" + Lifecycle.uniqueSubject());
        form.put("classification", "秘密");
        form.put("copies", 1);
        form.put("receivedOn", today);
        GatewayClient.Response registered = api.post("qianxiao", "/api/registry/incoming", form);
        String id = ok(registered);
        String receiptNumber = registered.body().get("receiptNumber").asString();
        ok(api.post("qianxiao", "/api/registry/incoming/" + id + "/accept", null));
        String round = ok(api.post("qianxiao", "/api/registry/incoming/" + id + "/circulations",
                Map.of("order", "PARALLEL", "readers", List.of("wangqiang"))));
        ok(api.post("wangqiang", "/api/registry/circulations/" + round + "/reading", Map.of("instruction", "请认真核查。")));
        ok(api.post("qianxiao", "/api/registry/incoming/" + id + "/proposal", Map.of("opinion", "拟请社会救助科办理。")));
        ok(api.post("zhaomin", "/api/registry/incoming/" + id + "/assignment", Map.of("leadUnit", "SHJZ",
                "instruction", "请社会救助科核查后复函。")));
        ok(api.post("zhangwei", "/api/registry/incoming/" + id + "/conclusion", Map.of("result", "已核查并复函。")));

        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        assertThat(record.get("kind").asString()).isEqualTo("INCOMING");
        assertThat(record.get("archiveNo").asString()).matches("Z011-WS·\\d{4}-D30-SW-\\d{4}");
        assertThat(record.get("receiptNumber").asString()).isEqualTo(receiptNumber);
        assertThat(record.get("senderOrgan").asString()).isEqualTo("江城市应急管理局");
        assertThat(record.get("classification").asString()).isEqualTo("秘密");
        assertThat(record.get("registry").get("result").asString()).isEqualTo("已核查并复函。");
        assertThat(record.get("registry").get("readings").get(0).get("instruction").asString()).isEqualTo("请认真核查。");
        List<String> acts = new ArrayList<>();
        record.get("trail").forEach(step -> acts.add(step.get("action").asString()));
        assertThat(acts).containsExactly("REGISTERED", "CHECKED", "CIRCULATED", "READ", "PROPOSED", "ASSIGNED",
                "CONCLUDED");

        assertThat(api.get("zhangwei", "/api/archive/records/" + id).status()).isEqualTo(403);
        GatewayClient.Response found = api.get("wangqiang", "/api/archive/records?q="
                + URLEncoder.encode(receiptNumber, StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("items").findValuesAsString("documentId")).contains(id);
        assertThat(api.get("zhoushen", "/api/archive/records/" + id + "/four-properties").body().get("passed")
                .asBoolean()).isTrue();
    }
}
