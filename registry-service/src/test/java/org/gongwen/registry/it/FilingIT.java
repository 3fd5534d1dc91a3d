package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

/**
 * 办结 → archive (issue 17): the 收文's and the 交办事项's concluding events carry everything the archive keeps —
 * registration, 拟办/批办, 传阅 readings with their 批示, progress reports and the full trail — read back from Kafka.
 */
class FilingIT extends RegistryServiceIT {

    @Test
    void concludingAnIncomingDocumentPublishesItsWholeRecordWithTheReadingsAndTrail() {
        String id = post("qianxiao", "/api/registry/incoming", IntakeIT.form("关于加强防汛物资储备的通知", "秘密", "加急"))
                .expectStatus().isCreated().returnResult(Void.class).getResponseHeaders().getLocation().getPath()
                .replaceAll(".*/", "");
        postEmpty("qianxiao", "/api/registry/incoming/{id}/accept", id).expectStatus().isOk();
        String round = post("qianxiao", "/api/registry/incoming/{id}/circulations",
                Map.of("order", "SEQUENTIAL", "readers", List.of("zhaomin", "wangqiang")), id)
                .expectStatus().isCreated().returnResult(Void.class).getResponseHeaders().getLocation().getPath()
                .replaceAll(".*/", "");
        post("zhaomin", "/api/registry/circulations/{id}/reading", Map.of(), round).expectStatus().isOk();
        post("wangqiang", "/api/registry/circulations/{id}/reading", Map.of("instruction", "请社会救助科抓紧落实。"), round)
                .expectStatus().isOk();
        post("qianxiao", "/api/registry/incoming/{id}/proposal", Map.of("opinion", "拟请社会救助科办理。"), id)
                .expectStatus().isOk();
        post("wangqiang", "/api/registry/incoming/{id}/assignment", Map.of("leadUnit", "SHJZ",
                "assistingUnits", List.of("YLFW"), "deadline", TODAY.plusDays(3).toString(),
                "instruction", "请社会救助科牵头办理。"), id).expectStatus().isOk();
        post("zhangwei", "/api/registry/incoming/{id}/conclusion", Map.of("result", "物资已补足并报告。"), id)
                .expectStatus().isOk();

        List<GongwenEvent> events = registryEvents(id, 3);
        RegistryIncomingConcluded concluded = (RegistryIncomingConcluded) events.get(2);
        assertThat(concluded.receiptNumber()).startsWith("收〔" + TODAY.getYear() + "〕");
        assertThat(concluded.registration().senderOrgan()).isEqualTo("江城市人民政府办公室");
        assertThat(concluded.registration().senderNumber()).isEqualTo("江政办发〔2026〕3号");
        assertThat(concluded.registration().classification()).isEqualTo("秘密");
        assertThat(concluded.registration().urgency()).isEqualTo("加急");
        assertThat(concluded.registration().copies()).isEqualTo(2);
        assertThat(concluded.proposal()).isEqualTo("拟请社会救助科办理。");
        assertThat(concluded.leadUnit()).isEqualTo("SHJZ");
        assertThat(concluded.assistingUnits()).containsExactly("YLFW");
        assertThat(concluded.deadline()).isEqualTo(TODAY.plusDays(3));
        assertThat(concluded.instruction()).isEqualTo("请社会救助科牵头办理。");
        assertThat(concluded.assignedBy()).isEqualTo(new Person("wangqiang", "王强", "JLD"));
        assertThat(concluded.handler()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
        assertThat(concluded.concludedBy()).isEqualTo("zhangwei");
        assertThat(concluded.result()).isEqualTo("物资已补足并报告。");
        assertThat(concluded.circulations()).extracting(r -> r.reader().username(), r -> r.instruction())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zhaomin", null),
                        org.assertj.core.groups.Tuple.tuple("wangqiang", "请社会救助科抓紧落实。"));
        assertThat(concluded.trail()).extracting(TrailEntry::action).containsExactly("REGISTERED", "CHECKED",
                "CIRCULATED", "READ", "READ", "PROPOSED", "ASSIGNED", "CONCLUDED");
        assertThat(concluded.trail()).extracting(TrailEntry::at).isSorted();
        assertThat(concluded.trail().get(4).opinion()).isEqualTo("请社会救助科抓紧落实。");
        assertThat(concluded.trail().get(0).actor()).isEqualTo(new Person("qianxiao", "钱晓", "BGS"));
    }

    @Test
    void concludingAMatterFromAnInstructionPublishesItWithItsReportsAndTheSourcesClassification() {
        String source = post("qianxiao", "/api/registry/incoming", IntakeIT.form("关于困难群众排查的通知", "秘密", null))
                .expectStatus().isCreated().returnResult(Void.class).getResponseHeaders().getLocation().getPath()
                .replaceAll(".*/", "");
        Map<String, Object> matter = SupervisionIT.matter("INSTRUCTION", "SHJZ");
        matter.put("sourceDocumentId", source);
        String id = post("wangqiang", "/api/registry/matters", matter).expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
        post("zhangwei", "/api/registry/matters/{id}/reports", Map.of("progress", "已完成三个街道的摸排。"), id)
                .expectStatus().isOk();
        post("zhangwei", "/api/registry/matters/{id}/conclusion", Map.of("result", "报告已报局领导。"), id)
                .expectStatus().isOk();

        List<GongwenEvent> events = registryEvents(id, 1);
        RegistryMatterConcluded concluded = (RegistryMatterConcluded) events.get(0);
        assertThat(concluded.source()).isEqualTo("INSTRUCTION");
        assertThat(concluded.sourceDocumentId()).isEqualTo(source);
        assertThat(concluded.classification()).isEqualTo("秘密");
        assertThat(concluded.unit()).isEqualTo("SHJZ");
        assertThat(concluded.assignedBy()).isEqualTo(new Person("wangqiang", "王强", "JLD"));
        assertThat(concluded.concludedBy()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
        assertThat(concluded.reports()).extracting(RegistryMatterConcluded.ProgressReport::progress)
                .containsExactly("已完成三个街道的摸排。");
        assertThat(concluded.trail()).extracting(TrailEntry::action)
                .containsExactly("MATTER_ASSIGNED", "PROGRESS_REPORTED", "CONCLUDED");
        assertThat(concluded.result()).isEqualTo("报告已报局领导。");
    }
}
