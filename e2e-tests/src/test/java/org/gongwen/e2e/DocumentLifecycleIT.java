package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One document from draft to archive through the gateway, and the ways it can leave the happy path. */
class DocumentLifecycleIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void aDraftByZhangWeiGoesThroughSunLiZhaoMinAndWangQiangIntoTheArchive() {
        Map<String, Object> draft = Lifecycle.请示(Lifecycle.uniqueSubject());
        String id = life.create("zhangwei", draft);
        assertThat(api.post("zhangwei", "/api/drafts/" + id + "/submit", null).status()).isEqualTo(202);

        JsonNode atSunLi = life.awaitInInbox("sunli", id, 1);
        assertThat(atSunLi.get("level").asInt()).isEqualTo(1);
        assertThat(atSunLi.get("title").asString()).isEqualTo(draft.get("title"));
        life.approve("sunli", id, 1);
        life.approve("zhaomin", id, 1);
        life.approve("wangqiang", id, 1);

        JsonNode archived = life.awaitDraftStatus("zhangwei", id, "ARCHIVED");
        String documentNumber = archived.get("documentNumber").asString();
        assertThat(documentNumber).matches("江民发〔\\d{4}〕[1-9]\\d*号");

        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        assertThat(record.get("archiveNo").asString()).matches("Z011-WS·\\d{4}-D30-SHJZ-\\d{4}");
        assertThat(record.get("documentNumber").asString()).isEqualTo(documentNumber);
        assertThat(record.get("title").asString()).isEqualTo(draft.get("title"));
        assertThat(record.get("contentHash").asString()).matches("[0-9a-f]{64}");
        List<String> actors = new ArrayList<>();
        record.get("trail").forEach(step -> actors.add(step.get("actor").asString()));
        assertThat(actors).containsSubsequence("zhangwei", "sunli", "zhaomin", "wangqiang");

        GatewayClient.Response found = api.get("zhoushen", "/api/archive/records?q=" + java.net.URLEncoder.encode(
                (String) draft.get("title"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("items").findValuesAsString("documentId")).contains(id);
    }

    @Test
    void aReturnedDraftIsEditedResubmittedAndStartsAgainAtLevelOne() {
        String id = life.submitNew("zhangwei");
        life.approve("sunli", id, 1);
        life.awaitInInbox("zhaomin", id, 1);
        assertThat(life.decide("zhaomin", id, "RETURN", "请补充资金测算依据。", 1).status()).isEqualTo(200);

        JsonNode returned = life.awaitDraftStatus("zhangwei", id, "RETURNED");
        GatewayClient.Response current = api.get("zhangwei", "/api/drafts/" + id);
        Map<String, Object> edited = Lifecycle.请示("申请养老服务补贴资金（补充测算依据）" + id.substring(0, 6));
        GatewayClient.Response saved = api.put("zhangwei", "/api/drafts/" + id, edited, current.header("ETag"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().get("version").asInt()).isGreaterThan(returned.get("version").asInt());
        assertThat(api.post("zhangwei", "/api/drafts/" + id + "/submit", null).status()).isEqualTo(202);

        JsonNode again = life.awaitInInbox("sunli", id, 2);
        assertThat(again.get("level").asInt()).isEqualTo(1);
        life.approve("sunli", id, 2);
        life.approve("zhaomin", id, 2);
        life.approve("wangqiang", id, 2);

        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        assertThat(record.get("title").asString()).isEqualTo(edited.get("title"));
        assertThat(record.get("trail").findValuesAsString("action")).contains("RETURNED");
    }

    @Test
    void aRejectedDraftIsNeverIssued() {
        String id = life.submitNew("zhangwei");
        life.awaitInInbox("sunli", id, 1);
        assertThat(life.decide("sunli", id, "REJECT", "不符合本年度资金安排，不予报送。", 1).status()).isEqualTo(200);

        life.awaitDraftStatus("zhangwei", id, "REJECTED");
        GatewayClient.Response late = life.decide("sunli", id, "APPROVE", "同意", 1);
        assertThat(late.status()).isEqualTo(409);
        assertThat(life.inboxEntry("zhaomin", id)).isEmpty();
    }

    @Test
    void aDraftWithdrawnBeforeAnyDecisionLeavesTheInbox() {
        String id = life.submitNew("zhangwei");
        life.awaitInInbox("sunli", id, 1);

        GatewayClient.Response withdrawn = api.post("zhangwei", "/api/drafts/" + id + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asString()).isEqualTo("WITHDRAWN");

        org.awaitility.Awaitility.await().atMost(Lifecycle.HOP).until(() -> life.inboxEntry("sunli", id).isEmpty());
        assertThat(life.decide("sunli", id, "APPROVE", "同意", 1).status()).isEqualTo(409);
    }

    @Test
    void withdrawingAfterAReviewerDecidedIsAConflict() {
        String id = life.submitNew("zhangwei");
        life.approve("sunli", id, 1);
        life.awaitInInbox("zhaomin", id, 1);
        org.awaitility.Awaitility.await().atMost(Lifecycle.HOP).until(() -> {
            GatewayClient.Response draft = api.get("zhangwei", "/api/drafts/" + id);
            return draft.status() == 200 && api.post("zhangwei", "/api/drafts/" + id + "/withdraw", null).status() == 409;
        });
        assertThat(api.get("zhangwei", "/api/drafts/" + id).body().get("status").asString()).isEqualTo("IN_REVIEW");
    }
}
