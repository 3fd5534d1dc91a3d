package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryIncomingAssigned;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryIncomingRegistered;
import org.gongwen.kernel.Transactions;
import org.gongwen.registry.intake.application.IncomingDocuments;
import org.gongwen.registry.intake.domain.ReceiptNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 收文 from 登记 to 办结 through the API, on the real database: numbering, trail, refusals, events. */
class IntakeIT extends RegistryServiceIT {

    @Autowired
    IncomingDocuments documents;
    @Autowired
    Transactions tx;

    static Map<String, Object> form(String title, String classification, String urgency) {
        Map<String, Object> form = new HashMap<>();
        form.put("senderOrgan", "江城市人民政府办公室");
        form.put("senderNumber", "江政办发〔2026〕3号");
        form.put("title", title);
        form.put("classification", classification);
        form.put("urgency", urgency);
        form.put("copies", 2);
        form.put("receivedOn", TODAY.toString());
        return form;
    }

    String register(String title) {
        return post("qianxiao", "/api/registry/incoming", form(title, null, null))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.receiptNumber").value(n -> assertThat((String) n)
                        .matches("收〔" + TODAY.getYear() + "〕[1-9][0-9]*号"))
                .returnResult().getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
    }

    @Test
    void anIncomingDocumentGoesFromRegistrationToConclusionWithItsTrailAndEvents() {
        String id = register("关于做好2026年防汛工作的通知");
        postEmpty("qianxiao", "/api/registry/incoming/{id}/accept", id).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED").jsonPath("$.holder.role").isEqualTo("OFFICE");
        post("qianxiao", "/api/registry/incoming/{id}/proposal", Map.of("opinion", "拟请社会救助科办理。"), id)
                .expectStatus().isOk().expectBody().jsonPath("$.holder.role").isEqualTo("LEADER");
        post("zhaomin", "/api/registry/incoming/{id}/assignment", Map.of("leadUnit", "SHJZ",
                "assistingUnits", List.of("YLFW"), "deadline", TODAY.plusDays(5).toString(),
                "instruction", "请社会救助科牵头办理。"), id)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.holder.unit").isEqualTo("SHJZ").jsonPath("$.assignment.assistingUnits[0]").isEqualTo("YLFW");
        // the assisting unit sees it in its list; the lead unit concludes it
        get("lina", "/api/registry/incoming/{id}", id).expectStatus().isOk();
        post("zhangwei", "/api/registry/incoming/{id}/conclusion", Map.of("result", "已按要求部署落实。"), id)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONCLUDED")
                .jsonPath("$.holder").doesNotExist()
                .jsonPath("$.trail.length()").isEqualTo(5)
                .jsonPath("$.trail[4].action").isEqualTo("办结");

        List<GongwenEvent> events = registryEvents(id, 3);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "RegistryIncomingRegistered", "RegistryIncomingAssigned", "RegistryIncomingConcluded");
        assertThat(((RegistryIncomingRegistered) events.get(0)).registeredBy()).isEqualTo("qianxiao");
        assertThat(((RegistryIncomingAssigned) events.get(1)).deadline()).isEqualTo(TODAY.plusDays(5));
        assertThat(((RegistryIncomingConcluded) events.get(2)).result()).isEqualTo("已按要求部署落实。");
    }

    @Test
    void RCV_REG_1_anIncompleteFormIsRefusedFieldByFieldWithTheRule() {
        Map<String, Object> form = form("", null, "急件");
        form.remove("receivedOn");
        post("qianxiao", "/api/registry/incoming", form).expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.rule").isEqualTo("RCV-REG-1")
                .jsonPath("$.violations[0].field").isEqualTo("receivedOn");
        form.put("receivedOn", TODAY.toString());
        post("qianxiao", "/api/registry/incoming", form).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.reason").isEqualTo("incoming-registration-invalid")
                .jsonPath("$.violations[?(@.field == 'title')].rule").isEqualTo("RCV-REG-1")
                .jsonPath("$.violations[?(@.field == 'urgency')].rule").isEqualTo("GB-URG-1");
    }

    @Test
    void RCV_REG_3_onlyTheOfficeRegistersAndOnlyWhatItsClerkIsClearedFor() {
        post("lina", "/api/registry/incoming", form("关于养老补贴的函", null, null)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("incoming-register-not-office");
        post("qianxiao", "/api/registry/incoming", form("关于某事项的通知", "机密", null)).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("incoming-clearance");
    }

    @Test
    void RCV_ASSIGN_1_onlyALeaderAssignsAndRefusalsNameTheRule() {
        String id = register("关于报送统计数据的通知");
        postEmpty("qianxiao", "/api/registry/incoming/{id}/accept", id).expectStatus().isOk();
        post("qianxiao", "/api/registry/incoming/{id}/proposal", Map.of("opinion", ""), id)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("RCV-PROPOSE-1");
        post("qianxiao", "/api/registry/incoming/{id}/proposal", Map.of("opinion", "拟请养老服务科办理。"), id)
                .expectStatus().isOk();
        Map<String, Object> assignment = Map.of("leadUnit", "YLFW", "instruction", "同意。");
        post("qianxiao", "/api/registry/incoming/{id}/assignment", assignment, id).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("incoming-assign-not-leader");
        post("wangqiang", "/api/registry/incoming/{id}/assignment", Map.of("leadUnit", "YLFW",
                "assistingUnits", List.of("YLFW"), "instruction", "同意。"), id)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("RCV-ASSIGN-2");
        post("wangqiang", "/api/registry/incoming/{id}/assignment", assignment, id).expectStatus().isOk();
        // 社会救助科 neither handles it nor sees it
        get("zhangwei", "/api/registry/incoming/{id}", id).expectStatus().isNotFound();
        post("zhangwei", "/api/registry/incoming/{id}/conclusion", Map.of("result", "办完了"), id)
                .expectStatus().isForbidden().expectBody().jsonPath("$.reason").isEqualTo("incoming-not-lead-unit");
        postEmpty("qianxiao", "/api/registry/incoming/{id}/accept", id).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.reason").isEqualTo("incoming-wrong-step");
    }

    @Test
    void theListShowsWhoHoldsEachDocumentAndOnlyWhatTheReaderMaySee() {
        String id = register("关于开展安全生产检查的通知");
        get("qianxiao", "/api/registry/incoming?status=REGISTERED&size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].holder.role").isEqualTo("OFFICE");
        get("zhangwei", "/api/registry/incoming?size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')]").isEmpty();
        get("qianxiao", "/api/registry/incoming?status=LOST").expectStatus().isBadRequest();
        get("qianxiao", "/api/registry/incoming/{id}", java.util.UUID.randomUUID()).expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void GB_NO_1_receiptNumbersAreGapFreePerYearUnderConcurrentRegistrations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> registered = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                registered.add(pool.submit((Callable<String>) () -> register("并发登记测试" + n)));
            }
            for (Future<String> f : registered) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> series = jdbc.sql("""
                        SELECT count(*) AS count, count(DISTINCT receipt_serial) AS distinct_serials,
                               max(receipt_serial) AS max FROM incoming_documents WHERE receipt_year = ?""")
                .param(TODAY.getYear()).query().singleRow();
        assertThat(((Number) series.get("distinct_serials")).longValue()).isEqualTo(((Number) series.get("count")).longValue());
        assertThat(((Number) series.get("max")).longValue()).isEqualTo(((Number) series.get("count")).longValue());
    }

    @Test
    void GB_NO_1_aRolledBackRegistrationGivesItsNumberBack() {
        int year = 2031;
        ReceiptNumber first = tx.inTransaction(() -> documents.nextReceiptNumber(year));
        try {
            tx.inTransaction(() -> {
                documents.nextReceiptNumber(year);
                throw new IllegalStateException("the registration fails after the number was taken");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        ReceiptNumber next = tx.inTransaction(() -> documents.nextReceiptNumber(year));
        assertThat(next.serial()).isEqualTo(first.serial() + 1);
        assertThat(next).hasToString("收〔2031〕" + next.serial() + "号");
    }
}
