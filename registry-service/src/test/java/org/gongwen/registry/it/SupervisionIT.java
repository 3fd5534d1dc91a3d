package org.gongwen.registry.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.events.DocumentIssued;
import org.junit.jupiter.api.Test;

/** 督办 through the API: a leader assigns, the 承办 unit reports and concludes, the list shows what is open. */
class SupervisionIT extends RegistryServiceIT {

    static Map<String, Object> matter(String source, String unit) {
        Map<String, Object> matter = new HashMap<>();
        matter.put("source", source);
        matter.put("matter", "摸排辖区内特困人员供养情况并形成报告");
        matter.put("unit", unit);
        matter.put("deadline", TODAY.plusDays(10).toString());
        return matter;
    }

    static Map<String, Object> fromInstruction(String unit, String sourceDocumentId, String classification) {
        Map<String, Object> matter = matter("INSTRUCTION", unit);
        matter.put("sourceDocumentId", sourceDocumentId);
        matter.put("classification", classification);
        return matter;
    }

    String assigned(String unit) {
        return post("wangqiang", "/api/registry/matters", matter("MEETING", unit)).expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
    }

    @Test
    void SUP_PROGRESS_1_theHandlingUnitReportsThenConcludesOnce() {
        String id = assigned("SHJZ");
        get("zhangwei", "/api/registry/matters?open=true&size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].unit").isEqualTo("SHJZ");
        get("lina", "/api/registry/matters/{id}", id).expectStatus().isNotFound();
        post("lina", "/api/registry/matters/{id}/reports", Map.of("progress", "已开始"), id).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("matter-not-handling-unit");
        post("zhangwei", "/api/registry/matters/{id}/reports", Map.of("progress", " "), id)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("SUP-PROGRESS-1");
        post("zhangwei", "/api/registry/matters/{id}/reports", Map.of("progress", "已完成三个街道的摸排。"), id)
                .expectStatus().isOk().expectBody().jsonPath("$.reports[0].progress").isEqualTo("已完成三个街道的摸排。");
        post("zhangwei", "/api/registry/matters/{id}/conclusion", Map.of("result", "报告已报局领导。"), id)
                .expectStatus().isOk().expectBody().jsonPath("$.concludedAt").exists()
                .jsonPath("$.reports.length()").isEqualTo(1);
        post("zhangwei", "/api/registry/matters/{id}/conclusion", Map.of("result", "再次办结"), id)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.reason").isEqualTo("matter-concluded");
        get("wangqiang", "/api/registry/matters?open=true&size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')]").isEmpty();
    }

    @Test
    void SUP_ASSIGN_1_aLeaderAssignsWithAUnitAndADeadlineAndAnInstructionNamesItsDocument() {
        post("zhangwei", "/api/registry/matters", matter("AD_HOC", "SHJZ")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("matter-assign-not-leader");
        Map<String, Object> late = matter("INSTRUCTION", "");
        late.put("deadline", TODAY.minusDays(1).toString());
        post("zhaomin", "/api/registry/matters", late).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.rule").isEqualTo("SUP-ASSIGN-1")
                .jsonPath("$.violations.length()").isEqualTo(3);
        DocumentIssued issued = issued(null, null, List.of("养老服务科"), List.of());
        distribute(issued);
        post("zhaomin", "/api/registry/matters", fromInstruction("YLFW", issued.documentId(), null))
                .expectStatus().isCreated().expectBody().jsonPath("$.classification").doesNotExist();
        post("zhaomin", "/api/registry/matters", matter(null, "YLFW")).expectStatus().isBadRequest();
    }

    @Test
    void SUP_ASSIGN_2_aMatterFromAnInstructionOnAnIssuedDocumentCarriesIts密级AndOnlyClearedPeopleHandleIt() {
        DocumentIssued secret = issued("机密", null, List.of("社会救助科"), List.of());
        distribute(secret);
        post("wangqiang", "/api/registry/matters", fromInstruction("SHJZ", secret.documentId(), "秘密"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("SUP-ASSIGN-2")
                .jsonPath("$.violations[0].field").isEqualTo("classification");
        String id = post("wangqiang", "/api/registry/matters", fromInstruction("SHJZ", secret.documentId(), null))
                .expectStatus().isCreated().expectBody().jsonPath("$.classification").isEqualTo("机密")
                .returnResult().getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");

        // 张伟 (秘密) belongs to the 承办 unit but is not cleared: he neither sees nor handles it (SUP-CLEAR-1)
        get("zhangwei", "/api/registry/matters?size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')]").isEmpty();
        get("zhangwei", "/api/registry/matters/{id}", id).expectStatus().isNotFound();
        post("zhangwei", "/api/registry/matters/{id}/reports", Map.of("progress", "已开始"), id)
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("SUP-CLEAR-1")
                .jsonPath("$.reason").isEqualTo("matter-clearance");
        // 赵敏 (机密) sees it, also on the dashboard, with its 密级
        get("zhaomin", "/api/registry/matters/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.classification").isEqualTo("机密");
        get("zhaomin", "/api/registry/dashboard").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')].classification").isEqualTo("机密");
        get("zhaomin", "/api/registry/dashboard?unit=SHJZ").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')].kind").isEqualTo("MATTER");
    }

    @Test
    void SUP_ASSIGN_2_aSourceTheRegistryDoesNotKnowOrTheLeaderMayNotSeeIsRefused() {
        post("wangqiang", "/api/registry/matters", fromInstruction("SHJZ", UUID.randomUUID().toString(), null))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("SUP-ASSIGN-2")
                .jsonPath("$.violations[0].field").isEqualTo("sourceDocumentId");
        DocumentIssued topSecret = issued("绝密", null, List.of("社会救助科"), List.of());
        distribute(topSecret);
        post("zhaomin", "/api/registry/matters", fromInstruction("SHJZ", topSecret.documentId(), null))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("SUP-ASSIGN-2")
                .jsonPath("$.violations[0].field").isEqualTo("sourceDocumentId");
        post("wangqiang", "/api/registry/matters", fromInstruction("SHJZ", topSecret.documentId(), null))
                .expectStatus().isCreated().expectBody().jsonPath("$.classification").isEqualTo("绝密");
    }

    @Test
    void SUP_ASSIGN_2_aMatterFromAnInstructionOnA收文CarriesThe收文s密级() {
        Map<String, Object> form = IntakeIT.form("关于核查低保资金使用情况的函", "秘密", null);
        String incoming = post("qianxiao", "/api/registry/incoming", form).expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
        String id = post("zhaomin", "/api/registry/matters", fromInstruction("SHJZ", incoming, null))
                .expectStatus().isCreated().expectBody().jsonPath("$.classification").isEqualTo("秘密")
                .returnResult().getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
        post("zhangwei", "/api/registry/matters/{id}/reports", Map.of("progress", "已核查两个区。"), id)
                .expectStatus().isOk();
        Map<String, Object> meeting = matter("MEETING", "SHJZ");
        meeting.put("classification", "机密");
        post("zhaomin", "/api/registry/matters", meeting).expectStatus().isCreated().expectBody()
                .jsonPath("$.classification").isEqualTo("机密");
    }
}
