package org.gongwen.e2e.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.walk.Walk.Answer;
import org.gongwen.gatewayclient.GatewayClient;
import tools.jackson.databind.JsonNode;

/**
 * The walk's registry-service part (issue 17): each of its operations called once validly through the gateway by
 * the person it is for. A 通知 of the walk's own, issued to 社会救助科 (主送), 养老服务科 and 江城市财政局 (抄送), is
 * signed for by 张伟, sent back by 李娜 (送错) and its outside copy marked sent by 钱晓; an outside 来文 goes 登记 →
 * 初审 → 拟办 → 传阅 (王强 reads with a 批示) → 批办 → 延期 → 申请转办 → 拟办 and 批办 again → 答复 asked for → 办结; a
 * second one is returned to its sender (退文); 王强 交办s a matter from his 批示, which 张伟 reports on and concludes; 赵敏
 * reads the "五不" dashboard.
 */
final class RegistryWalk {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Walk walk;
    private final GatewayClient api;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    RegistryWalk(Walk walk, GatewayClient api) {
        this.walk = walk;
        this.api = api;
    }

    void walk() {
        deliveries(issuedNotice());
        String incoming = incoming();
        matter(incoming);
        walk.get("/api/registry/dashboard").as("zhaomin").expect(200, r -> {
            assertThat(r.json().path("total").asInt()).isEqualTo(r.json().path("items").size());
            assertThat(r.json().path("at").asString()).isNotBlank();
        });
    }

    /** The fixture: a 通知 of zhangwei's through the chain (not a walk step: drafting and review are walked above). */
    private String issuedNotice() {
        return new Lifecycle(api).issue("zhangwei", Lifecycle.通知("江城市民政局关于开展" + run + "社会救助资金专项检查的通知",
                List.of("社会救助科"), List.of("养老服务科", "江城市财政局"), null));
    }

    /** 分发: 签收 by the 主送 unit, 退回 by the 抄送 unit, the outside copy sent by the office's clerk. */
    private void deliveries(String documentId) {
        Answer mine = walk.get("/api/registry/deliveries?pending=true&page=0&size=200").as("zhangwei")
                .await("the 通知 delivered to 社会救助科", 200, r -> of(r.json(), documentId) != null,
                        r -> assertThat(of(r.json(), documentId).path("status").asString())
                                .isEqualTo("AWAITING_SIGNATURE"));
        String signing = of(mine.json(), documentId).path("id").asString();
        walk.get("/api/registry/deliveries/" + signing).as("zhangwei").expect(200,
                r -> assertThat(r.json().path("unit").asString()).isEqualTo("SHJZ"));
        walk.post("/api/registry/deliveries/" + signing + "/sign").as("zhangwei").expect(200, r -> {
            assertThat(r.json().path("status").asString()).isEqualTo("SIGNED");
            assertThat(r.json().path("actedBy").asString()).isEqualTo("zhangwei");
        });
        JsonNode copy = of(api.get("lina", "/api/registry/deliveries?size=200").body(), documentId);
        assertThat(copy).as("养老服务科's copy, planned with the 主送's").isNotNull();
        walk.post("/api/registry/deliveries/" + copy.path("id").asString() + "/return").as("lina")
                .json(Map.of("reason", "送错：本科不承担社会救助资金管理")).expect(200,
                        r -> assertThat(r.json().path("status").asString()).isEqualTo("RETURNED"));
        Answer outgoing = walk.get("/api/registry/deliveries/outgoing?pending=true&size=200").as("qianxiao")
                .expect(200, r -> assertThat(of(r.json(), documentId).path("route").asString()).isEqualTo("EXTERNAL"));
        walk.post("/api/registry/deliveries/" + of(outgoing.json(), documentId).path("id").asString() + "/sent")
                .as("qianxiao").json(Map.of("channel", "机要交通")).expect(200,
                        r -> assertThat(r.json().path("status").asString()).isEqualTo("SENT"));
    }

    /** 收文 from 登记 to 办结, with 传阅 and every 承办 request; a second one 退文. */
    private String incoming() {
        String id = walk.post("/api/registry/incoming").as("qianxiao").json(form("关于做好" + run + "冬春救助工作的通知"))
                .expect(201, r -> assertThat(r.json().path("receiptNumber").asString()).matches("收〔\\d{4}〕\\d+号"))
                .json().path("id").asString();
        walk.get("/api/registry/incoming?status=REGISTERED&page=0&size=200").as("qianxiao").expect(200,
                r -> assertThat(ids(r.json())).contains(id));
        walk.post("/api/registry/incoming/" + id + "/accept").as("qianxiao").expect(200, status("ACCEPTED"));
        walk.post("/api/registry/incoming/" + id + "/proposal").as("qianxiao")
                .json(Map.of("opinion", "拟请社会救助科办理。")).expect(200, status("PROPOSED"));
        String round = walk.post("/api/registry/incoming/" + id + "/circulations").as("qianxiao")
                .json(Map.of("order", "SEQUENTIAL", "readers", List.of("wangqiang"))).expect(201,
                        r -> assertThat(r.json().path("holders").get(0).asString()).isEqualTo("wangqiang"))
                .json().path("id").asString();
        walk.get("/api/registry/circulations").as("wangqiang").expect(200,
                r -> assertThat(ids(r.json())).contains(round));
        walk.get("/api/registry/circulations/" + round).as("qianxiao").expect(200,
                r -> assertThat(r.json().path("documentId").asString()).isEqualTo(id));
        walk.post("/api/registry/circulations/" + round + "/reading").as("wangqiang")
                .json(Map.of("instruction", "请社会救助科抓紧落实。")).expect(200,
                        r -> assertThat(r.json().path("finished").asBoolean()).isTrue());
        assign(id);
        walk.get("/api/registry/incoming/" + id + "/instructions").as("zhangwei").expect(200,
                r -> assertThat(r.json().path("readings").get(0).path("instruction").asString())
                        .isEqualTo("请社会救助科抓紧落实。"));
        walk.post("/api/registry/incoming/" + id + "/extension").as("wangqiang")
                .json(Map.of("deadline", today().plusDays(20).toString(), "reason", "需会同财政部门核实。"))
                .expect(200, r -> assertThat(r.json().path("assignment").path("deadline").asString())
                        .isEqualTo(today().plusDays(20).toString()));
        walk.post("/api/registry/incoming/" + id + "/transfer-request").as("zhangwei")
                .json(Map.of("reason", "涉及养老服务，建议改由养老服务科主办。")).expect(200, status("ACCEPTED"));
        // the office proposes again and the leader assigns again: the 收文 is back with 社会救助科
        assertThat(api.post("qianxiao", "/api/registry/incoming/" + id + "/proposal",
                Map.of("opinion", "仍请社会救助科办理。")).status()).isEqualTo(200);
        assign(id);
        walk.get("/api/registry/incoming/" + id + "/reply").as("zhangwei").expect(200,
                r -> assertThat(r.json().path("inReplyTo").path("incomingId").asString()).isEqualTo(id));
        walk.post("/api/registry/incoming/" + id + "/conclusion").as("zhangwei")
                .json(Map.of("result", "已部署落实，情况已报局领导。")).expect(200, status("CONCLUDED"));
        walk.get("/api/registry/incoming/" + id).as("zhaomin").expect(200,
                r -> assertThat(r.json().path("trail").size()).isGreaterThanOrEqualTo(9));

        String misdirected = walk.post("/api/registry/incoming").as("qianxiao")
                .json(form("关于" + run + "请示多个事项的报告")).expect(201, r -> { }).json().path("id").asString();
        walk.post("/api/registry/incoming/" + misdirected + "/return").as("qianxiao")
                .json(Map.of("reason", "请示一文多事，请分别行文。")).expect(200, status("RETURNED_TO_SENDER"));
        return id;
    }

    private void assign(String id) {
        walk.post("/api/registry/incoming/" + id + "/assignment").as("wangqiang")
                .json(Map.of("leadUnit", "SHJZ", "assistingUnits", List.of(), "deadline",
                        today().plusDays(10).toString(), "instruction", "请社会救助科牵头办理。"))
                .expect(200, status("ASSIGNED"));
    }

    /** 督办: 王强 交办s from his 批示 on the 收文 (SUP-ASSIGN-2: at its 密级), 张伟 reports and concludes. */
    private void matter(String incoming) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "INSTRUCTION");
        body.put("sourceDocumentId", incoming);
        body.put("matter", "按批示完成" + run + "冬春救助资金发放情况核查");
        body.put("unit", "SHJZ");
        body.put("deadline", today().plusDays(15).toString());
        String id = walk.post("/api/registry/matters").as("wangqiang").json(body)
                .expect(201, r -> assertThat(r.json().path("unit").asString()).isEqualTo("SHJZ"))
                .json().path("id").asString();
        walk.get("/api/registry/matters?open=true&page=0&size=200").as("zhangwei").expect(200,
                r -> assertThat(ids(r.json())).contains(id));
        walk.get("/api/registry/matters/" + id).as("zhangwei").expect(200,
                r -> assertThat(r.json().path("sourceDocumentId").asString()).isEqualTo(incoming));
        walk.post("/api/registry/matters/" + id + "/reports").as("zhangwei")
                .json(Map.of("progress", "已完成三个区的核查。")).expect(200,
                        r -> assertThat(r.json().path("reports").size()).isEqualTo(1));
        walk.post("/api/registry/matters/" + id + "/conclusion").as("zhangwei")
                .json(Map.of("result", "核查报告已报局领导。")).expect(200,
                        r -> assertThat(r.json().path("concludedAt").asString()).isNotBlank());
    }

    private static Map<String, Object> form(String title) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("senderOrgan", "江城市人民政府办公室");
        form.put("senderNumber", "江政办发〔" + today().getYear() + "〕9号");
        form.put("title", title);
        form.put("copies", 1);
        form.put("receivedOn", today().toString());
        return form;
    }

    private static java.util.function.Consumer<Answer> status(String expected) {
        return r -> assertThat(r.json().path("status").asString()).isEqualTo(expected);
    }

    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").asString()).toList();
    }

    /** The delivery of one issued document in a list, or null. */
    private static JsonNode of(JsonNode list, String documentId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(d -> d.path("documentId").asString().equals(documentId)).findFirst().orElse(null);
    }
}
