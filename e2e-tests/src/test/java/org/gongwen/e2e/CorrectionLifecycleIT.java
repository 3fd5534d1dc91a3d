package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 更正 after 签发 (issue 18, 条例 第二十五条) through the gateway: an issued document is corrected by its drafter, only
 * the signer reviews it, and the archive keeps both revisions as records of their own, linked, with the same 文号.
 */
class CorrectionLifecycleIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void anIssuedDocumentCorrectedAndSignedAgainIsArchivedTwiceLinkedUnderTheSameNumber() {
        String id = life.submitNew("zhangwei");
        life.approve("sunli", id, 1);
        life.approve("zhaomin", id, 1);
        life.approve("wangqiang", id, 1);
        String documentNumber = life.awaitDraftStatus("zhangwei", id, "ARCHIVED").get("documentNumber").asString();
        JsonNode original = life.awaitArchiveRecord("zhoushen", id);

        GatewayClient.Response corrected = api.post("zhangwei", "/api/drafts/" + id + "/correction",
                Map.of("copyRecipients", List.of("江城市财政局"), "reason", "抄送机关漏列市财政局"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(202);
        assertThat(corrected.body().get("revision").asInt()).isEqualTo(2);

        JsonNode atSigner = life.awaitInInbox("wangqiang", id, 2);
        assertThat(atSigner.get("correction").asBoolean()).isTrue();
        assertThat(life.inboxEntry("sunli", id)).as("nobody below the signer is asked again").isEmpty();
        life.approve("wangqiang", id, 2);

        JsonNode correction = life.awaitArchiveRecord("zhoushen", id + "~r2");
        assertThat(correction.get("documentNumber").asString()).isEqualTo(documentNumber);
        assertThat(correction.get("copyRecipients").get(0).asString()).isEqualTo("江城市财政局");
        assertThat(correction.get("corrects").get("archiveNo").asString())
                .isEqualTo(original.get("archiveNo").asString());
        JsonNode superseded = api.get("zhoushen", "/api/archive/records/" + id).body();
        assertThat(superseded.get("superseded").asBoolean()).isTrue();
        assertThat(superseded.get("correctedBy").get("documentId").asString()).isEqualTo(id + "~r2");
        assertThat(superseded.get("contentHash").asString()).isEqualTo(original.get("contentHash").asString());
        assertThat(life.awaitDraftStatus("zhangwei", id, "ARCHIVED").get("archiveNo").asString())
                .isEqualTo(correction.get("archiveNo").asString());
    }
}
