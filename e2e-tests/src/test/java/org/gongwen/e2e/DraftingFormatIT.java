package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GB/T 9704 through the gateway: a 请示 citing a 文号 as "江民发[2026]3号" is refused at 送审 with 422 naming
 * GB-NO-1 and the fix; once corrected (a second version) it goes through review into the archive, and both
 * versions stay retrievable with the diff between them.
 */
class DraftingFormatIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void aDocumentNumberWithSquareBracketsIsRefusedAndTheCorrectedDraftReachesTheArchive() {
        Map<String, Object> draft = new LinkedHashMap<>(Lifecycle.请示(Lifecycle.uniqueSubject()));
        draft.put("body", "根据江民发[2026]3号文件精神，现将有关事项请示如下。\n妥否，请批示。");
        String id = life.create("zhangwei", draft);

        GatewayClient.Response refused = api.post("zhangwei", "/api/drafts/" + id + "/submit", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> rules = new ArrayList<>();
        refused.body().get("violations").forEach(v -> rules.add(v.get("rule").asString()));
        assertThat(rules).contains("GB-NO-1").allMatch(r -> r.startsWith("GB-") || r.startsWith("TL-"));
        JsonNode finding = refused.body().get("violations").get(rules.indexOf("GB-NO-1"));
        assertThat(finding.get("severity").asString()).isEqualTo("ERROR");
        assertThat(finding.get("suggestedFix").asString()).isEqualTo("〔2026〕3号");

        GatewayClient.Response checked = api.post("zhangwei", "/api/drafts/" + id + "/check", null);
        assertThat(checked.body().get("violations").toString()).isEqualTo(refused.body().get("violations").toString());
        assertThat(api.get("zhangwei", "/api/drafts/" + id).body().get("status").asString()).isEqualTo("DRAFT");

        draft.put("body", "根据江民发〔2026〕3号文件精神，现将有关事项请示如下。\n妥否，请批示。");
        GatewayClient.Response fixed = api.put("zhangwei", "/api/drafts/" + id, draft, "\"1\"");
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(api.post("zhangwei", "/api/drafts/" + id + "/check", null).body().get("violations").size()).isZero();
        GatewayClient.Response submitted = api.post("zhangwei", "/api/drafts/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);

        life.approve("sunli", id, 1);
        life.approve("zhaomin", id, 1);
        life.approve("wangqiang", id, 1);
        life.awaitDraftStatus("zhangwei", id, "ARCHIVED");
        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        assertThat(record.get("body").asString()).contains("江民发〔2026〕3号");

        GatewayClient.Response versions = api.get("zhangwei", "/api/drafts/" + id + "/versions");
        assertThat(versions.status()).as(versions.toString()).isEqualTo(200);
        assertThat(versions.body().size()).isEqualTo(2);
        assertThat(versions.body().get(1).get("submittedAs").get(0).asInt()).isEqualTo(1);
        assertThat(versions.body().get(1).get("contentHash").asString()).isEqualTo(record.get("contentHash").asString());
        assertThat(api.get("zhangwei", "/api/drafts/" + id + "/versions/1").body().get("content").get("body").asString())
                .contains("江民发[2026]3号");
        assertThat(api.get("zhoushen", "/api/drafts/" + id + "/versions/2").status()).isEqualTo(200);
        GatewayClient.Response diff = api.get("zhangwei", "/api/drafts/" + id + "/diff?from=1&to=2");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body().get("changes").get(0).get("field").asString()).isEqualTo("body");
    }
}
