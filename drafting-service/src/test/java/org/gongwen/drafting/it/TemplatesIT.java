package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Per-kind templates over HTTP: list, one kind, and a new draft started from one. */
class TemplatesIT extends DraftingServiceIT {

    @Test
    void everyLegalKindHasATemplateAndUnknownKindsAre404() {
        get("zhangwei", "/api/drafts/templates").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(15)
                .jsonPath("$[10].docType").isEqualTo("请示")
                .jsonPath("$[10].draft.remarks").isEqualTo("（联系人：张伟，电话：……）");
        get("lina", "/api/drafts/templates/请示").expectStatus().isOk().expectBody()
                .jsonPath("$.usualDirection").isEqualTo("上行")
                .jsonPath("$.usedFor.zh").isEqualTo("向上级机关请求指示、批准")
                .jsonPath("$.draft.mainRecipients[0]").isEqualTo("江城市人民政府")
                .jsonPath("$.draft.remarks").isEqualTo("（联系人：李娜，电话：……）");
        get("zhangwei", "/api/drafts/templates/请示报告").expectStatus().isNotFound().expectBody()
                .jsonPath("$.code").isEqualTo("template-not-found");
    }

    @Test
    void aDraftStartedFromATemplateHasItsSkeletonWithTheGivenFieldsOverIt() {
        long before = draftRows();
        Map<String, Object> draft = post("zhangwei", "/api/drafts",
                Map.of("template", "请示", "title", "江城市民政局关于申请2027年度社会救助资金的请示"))
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat(draft).containsEntry("docType", "请示").containsEntry("direction", "上行")
                .containsEntry("title", "江城市民政局关于申请2027年度社会救助资金的请示")
                .containsEntry("mainRecipients", List.of("江城市人民政府"))
                .containsEntry("version", 1);
        assertThat((String) draft.get("body")).endsWith("妥否，请批示。");
        assertThat(draftRows()).isEqualTo(before + 1);
        post("zhangwei", "/api/drafts", Map.of("template", "请示报告")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("template");
        post("zhangwei", "/api/drafts", Map.of("template", "请示", "docType", "报告")).expectStatus().isBadRequest();
        assertThat(draftRows()).isEqualTo(before + 1);
    }
}
