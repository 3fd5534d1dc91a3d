package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.gatewayclient.GatewayClient;
import tools.jackson.databind.JsonNode;

/** The steps of a document's life as users take them through the gateway, with the waits between services. */
public final class Lifecycle {

    static final Duration HOP = Duration.ofSeconds(30);

    final GatewayClient api;

    public Lifecycle(GatewayClient api) {
        this.api = api;
    }

    public static Map<String, Object> 请示(String subject) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("docType", "请示");
        draft.put("title", "江城市民政局关于" + subject + "的请示");
        draft.put("mainRecipients", List.of("江城市人民政府"));
        draft.put("copyRecipients", List.of());
        draft.put("body", "为做好" + subject + "工作，现将有关事项请示如下：\n一、基本情况\n养老服务补贴发放对象共计一千二百人。\n妥否，请批示。");
        draft.put("direction", "上行");
        draft.put("attachments", List.of());
        draft.put("remarks", "（联系人：张伟，电话：0000-0000000）");
        return draft;
    }

    /**
     * A 通知 (下行) to these 主送 and 抄送 organs (our units by name are delivered to them, issue 17);
     * {@code classification} null for 非密, else with 保密期限 and 份号 as a classified document needs (GB-SEC-4).
     */
    public static Map<String, Object> 通知(String title, List<String> main, List<String> copies, String classification) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("docType", "通知");
        draft.put("title", title);
        draft.put("mainRecipients", main);
        draft.put("copyRecipients", copies);
        draft.put("body", "为做好有关工作，现就有关事项通知如下。");
        draft.put("direction", "下行");
        draft.put("attachments", List.of());
        if (classification != null) {
            draft.put("classification", classification);
            draft.put("classificationPeriodYears", 10);
            draft.put("copyNumber", "000001");
        }
        return draft;
    }

    /**
     * The drafter creates and submits the draft, and 孙立, 赵敏 and 王强 approve it (王强's approval is 签发); returns
     * its id. No wait for ISSUED: the archive may move the draft on to ARCHIVED first.
     */
    public String issue(String drafter, Map<String, Object> draft) {
        String id = create(drafter, draft);
        GatewayClient.Response submitted = api.post(drafter, "/api/drafts/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        for (String reviewer : List.of("sunli", "zhaomin", "wangqiang")) {
            approve(reviewer, id, 1);
        }
        return id;
    }

    public static String uniqueSubject() {
        return "申请养老服务补贴资金" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates and submits a 请示; returns the draft id. */
    public String submitNew(String drafter) {
        String id = create(drafter, 请示(uniqueSubject()));
        GatewayClient.Response submitted = api.post(drafter, "/api/drafts/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        return id;
    }

    public String create(String drafter, Map<String, Object> draft) {
        GatewayClient.Response created = api.post(drafter, "/api/drafts", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isNotBlank();
        return created.body().get("id").asString();
    }

    /** Waits until the document is at this reviewer's desk and returns the inbox entry. */
    public JsonNode awaitInInbox(String reviewer, String documentId, int revision) {
        AtomicReference<JsonNode> entry = new AtomicReference<>();
        await(reviewer + " has " + documentId + " r" + revision).atMost(HOP).until(() -> {
            Optional<JsonNode> found = inboxEntry(reviewer, documentId);
            found.filter(e -> e.get("revision").asInt() == revision).ifPresent(entry::set);
            return entry.get() != null;
        });
        return entry.get();
    }

    Optional<JsonNode> inboxEntry(String reviewer, String documentId) {
        GatewayClient.Response inbox = api.get(reviewer, "/api/reviews/inbox");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        for (JsonNode item : inbox.body()) {
            if (documentId.equals(item.get("documentId").asString())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public GatewayClient.Response decide(String reviewer, String documentId, String decision, String opinion, int revision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("opinion", opinion);
        body.put("revision", revision);
        return api.post(reviewer, "/api/reviews/" + documentId + "/decisions", body);
    }

    /** The reviewer waits for the document and approves it; fails unless the approval is accepted. */
    public void approve(String reviewer, String documentId, int revision) {
        awaitInInbox(reviewer, documentId, revision);
        GatewayClient.Response decided = decide(reviewer, documentId, "APPROVE", "同意", revision);
        assertThat(decided.status()).as(reviewer + " approves: " + decided).isEqualTo(200);
    }

    public JsonNode awaitDraftStatus(String drafter, String documentId, String status) {
        AtomicReference<JsonNode> draft = new AtomicReference<>();
        AtomicReference<GatewayClient.Response> last = new AtomicReference<>();
        try {
            await(documentId + " becomes " + status).atMost(HOP).until(() -> {
                GatewayClient.Response response = api.get(drafter, "/api/drafts/" + documentId);
                last.set(response);
                draft.set(response.body());
                return response.status() == 200 && status.equals(response.body().get("status").asString());
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the draft as it stayed tells which event did not arrive
            throw new AssertionError(e.getMessage() + "; last answer: " + last.get(), e);
        }
        return draft.get();
    }

    public JsonNode awaitArchiveRecord(String auditor, String documentId) {
        AtomicReference<JsonNode> record = new AtomicReference<>();
        await(documentId + " in the archive").atMost(HOP).until(() -> {
            GatewayClient.Response response = api.get(auditor, "/api/archive/records/" + documentId);
            record.set(response.body());
            return response.status() == 200;
        });
        return record.get();
    }
}
