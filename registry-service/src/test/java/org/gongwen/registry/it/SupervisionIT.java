package org.gongwen.registry.it;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
        Map<String, Object> fromInstruction = matter("INSTRUCTION", "YLFW");
        fromInstruction.put("sourceDocumentId", UUID.randomUUID().toString());
        post("zhaomin", "/api/registry/matters", fromInstruction).expectStatus().isCreated();
        post("zhaomin", "/api/registry/matters", matter(null, "YLFW")).expectStatus().isBadRequest();
    }
}
