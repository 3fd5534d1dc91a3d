package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's story through the gateway: an outside 来文 → 登记 → 批办 → 承办 (the leaders' 批示 shown to the 主办 unit)
 * → 答复 drafted from the 收文, reviewed and issued → the 收文 办结 by itself with the reply's 文号. The archiving of
 * 办结ed 收文 comes after {@link #concluded} (branch registry-archive).
 */
class IncomingReplyStoryIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void anOutsideLetterIsRegisteredAssignedAnsweredAndConcludedByItsIssuedReply() {
        String subject = Lifecycle.uniqueSubject();
        String incoming = registeredAndAssigned("江城市财政局关于商请提供" + subject + "使用情况的函");

        // 传阅: 刘洋 reads it and writes a 批示, which the 承办 unit sees with the 批办
        String round = api.post("qianxiao", "/api/registry/incoming/" + incoming + "/circulations",
                Map.of("order", "PARALLEL", "readers", List.of("liuyang"))).body().get("id").asString();
        assertThat(api.post("liuyang", "/api/registry/circulations/" + round + "/reading",
                Map.of("instruction", "请如实提供，注意数据口径。")).status()).isEqualTo(200);
        JsonNode instructions = api.get("zhangwei", "/api/registry/incoming/" + incoming + "/instructions").body();
        assertThat(instructions.get("assignments").get(0).get("instruction").asString()).isEqualTo("请社会救助科研究后函复。");
        assertThat(instructions.get("readings").get(0).get("instruction").asString()).isEqualTo("请如实提供，注意数据口径。");

        // 答复: the registry hands over the reply request, drafting-service starts a 函 to the sender from it
        GatewayClient.Response request = api.get("zhangwei", "/api/registry/incoming/" + incoming + "/reply");
        assertThat(request.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> reply = JsonMapper.builder().build().convertValue(request.body(), Map.class);
        reply.put("body", "你单位来函收悉。经研究，现函复如下：\n一、" + subject + "已全部按规定拨付使用。\n此复。");
        GatewayClient.Response created = api.post("zhangwei", "/api/drafts", reply);
        assertThat(created.status()).isEqualTo(201);
        String draft = created.body().get("id").asString();
        assertThat(created.body().get("docType").asString()).isEqualTo("函");
        assertThat(created.body().get("mainRecipients").get(0).asString()).isEqualTo("江城市财政局");
        assertThat(created.body().get("title").asString()).isEqualTo("江城市民政局关于商请提供" + subject + "使用情况的复函");
        assertThat(created.body().get("inReplyTo").get("incomingId").asString()).isEqualTo(incoming);
        await("答复起草 in the trail").atMost(Lifecycle.HOP).until(() -> trailActions(incoming).contains("答复起草"));

        assertThat(api.post("zhangwei", "/api/drafts/" + draft + "/submit", null).status()).isEqualTo(202);
        life.approve("sunli", draft, 1);
        life.approve("zhaomin", draft, 1);
        life.approve("wangqiang", draft, 1);
        // ISSUED lasts only until the archive reports back (milliseconds on a warm suite): ARCHIVED is the state that stays
        String number = life.awaitDraftStatus("zhangwei", draft, "ARCHIVED").get("documentNumber").asString();

        JsonNode done = concluded(incoming);
        assertThat(done.get("result").asString()).isEqualTo("以 " + number + " 答复");
        assertThat(done.get("replyDocumentId").asString()).isEqualTo(draft);
        assertThat(trailActions(incoming)).containsSubsequence("登记", "批办", "答复起草", "办结");
    }

    private String registeredAndAssigned(String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        GatewayClient.Response registered = api.post("qianxiao", "/api/registry/incoming", Map.of(
                "senderOrgan", "江城市财政局", "senderNumber", "江财函〔" + today.getYear() + "〕5号", "title", title,
                "copies", 1, "receivedOn", today.toString()));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.body().get("id").asString();
        assertThat(api.post("qianxiao", "/api/registry/incoming/" + id + "/accept", null).status()).isEqualTo(200);
        assertThat(api.post("qianxiao", "/api/registry/incoming/" + id + "/proposal",
                Map.of("opinion", "拟请社会救助科答复。")).status()).isEqualTo(200);
        assertThat(api.post("wangqiang", "/api/registry/incoming/" + id + "/assignment", Map.of("leadUnit", "SHJZ",
                "instruction", "请社会救助科研究后函复。")).status()).isEqualTo(200);
        return id;
    }

    /** The 收文 once it is 办结 (the registry applies the reply's document.issued). */
    private JsonNode concluded(String incoming) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await(incoming + " concluded by its reply").atMost(Lifecycle.HOP).until(() -> {
            GatewayClient.Response r = api.get("zhangwei", "/api/registry/incoming/" + incoming);
            seen.set(r.body());
            return r.status() == 200 && "CONCLUDED".equals(r.body().get("status").asString());
        });
        return seen.get();
    }

    private List<String> trailActions(String incoming) {
        List<String> actions = new ArrayList<>();
        api.get("zhangwei", "/api/registry/incoming/" + incoming).body().get("trail")
                .forEach(e -> actions.add(e.get("action").asString()));
        return actions;
    }
}
