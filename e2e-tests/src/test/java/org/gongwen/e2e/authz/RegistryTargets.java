package org.gongwen.e2e.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import org.gongwen.e2e.Lifecycle;
import org.gongwen.gatewayclient.GatewayClient;
import tools.jackson.databind.JsonNode;

/**
 * The registry matrix's objects (issue 17), each made through the gateway by the people whose work it is: issued
 * documents delivered to 社会救助科 (SHJZ, zhangwei's unit), 收文 at each step and assigned to SHJZ, a 传阅 held by
 * 王强, 交办事项 of SHJZ. The 机密 ones are registered by 赵敏 (office, 机密) or drafted by zhangwei cleared for 机密.
 */
final class RegistryTargets {

    enum Target {
        /** no particular object (lists, creation, the dashboard) */
        NONE,
        /** an issued 通知 (非密) delivered to SHJZ, awaiting 签收 */
        DELIVERY,
        /** the same, 机密 */
        SECRET_DELIVERY,
        /** its copy to an outside organ (江城市财政局), for the office to send */
        OUTGOING,
        /** an outside 来文 just registered by the office (非密) */
        REGISTERED,
        /** accepted (初审 passed), awaiting 拟办 */
        ACCEPTED,
        /** proposed (拟办), awaiting a leader's 批办 */
        PROPOSED,
        /** 批办ed by 王强 to SHJZ (主办) with a deadline, being handled */
        ASSIGNED,
        /** the same, 机密 */
        SECRET_ASSIGNED,
        /** a 传阅 of an ASSIGNED 收文, held by 王强 */
        CIRCULATING,
        /** a 交办事项 of SHJZ from a meeting (非密) */
        MATTER,
        /** a 交办事项 of SHJZ from 王强's 批示 on a 机密 收文: 机密 too (SUP-ASSIGN-2) */
        SECRET_MATTER
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTS = Duration.ofSeconds(90);

    private final GatewayClient api;
    private final Lifecycle life;
    private final Map<Target, String> current = new EnumMap<>(Target.class);

    RegistryTargets(GatewayClient api) {
        this.api = api;
        this.life = new Lifecycle(api);
    }

    String id(Target target) {
        return current.computeIfAbsent(target, this::make);
    }

    void renew(Target target) {
        current.remove(target);
    }

    private String make(Target target) {
        return switch (target) {
            case NONE -> "";
            case DELIVERY -> delivery(issued(null), "zhangwei", false);
            case SECRET_DELIVERY -> delivery(issued("机密"), Personas.CLASSIFIED_DRAFTER, false);
            case OUTGOING -> delivery(issued(null), "qianxiao", true);
            case REGISTERED -> registered("qianxiao", null);
            case ACCEPTED -> accepted("qianxiao", null);
            case PROPOSED -> proposed("qianxiao", null);
            case ASSIGNED -> assigned("qianxiao", null);
            case SECRET_ASSIGNED -> assigned("zhaomin", "机密");
            case CIRCULATING -> body(api.post("qianxiao", "/api/registry/incoming/" + id(Target.ASSIGNED)
                    + "/circulations", Map.of("order", "SEQUENTIAL", "readers", List.of("wangqiang")))).path("id")
                    .asString();
            case MATTER -> matter("MEETING", null);
            case SECRET_MATTER -> matter("INSTRUCTION", id(Target.SECRET_ASSIGNED));
        };
    }

    /** A 通知 to SHJZ (主送) and 江城市财政局 (抄送) through zhangwei's chain; returns the document id. */
    private String issued(String classification) {
        return life.issue(classification == null ? "zhangwei" : Personas.CLASSIFIED_DRAFTER, Lifecycle.通知(
                "江城市民政局关于开展" + Lifecycle.uniqueSubject() + "专项检查的通知", List.of("社会救助科"),
                List.of("江城市财政局"), classification));
    }

    /** The document's delivery as {@code reader} lists it: the unit's own, or (outgoing) the office's outside copy. */
    private String delivery(String documentId, String reader, boolean outgoing) {
        String path = outgoing ? "/api/registry/deliveries/outgoing?pending=true&size=200"
                : "/api/registry/deliveries?pending=true&size=200";
        AtomicReference<String> found = new AtomicReference<>();
        await("the delivery of " + documentId).atMost(EVENTS).until(() -> {
            JsonNode list = api.get(reader, path).body();
            StreamSupport.stream(list.spliterator(), false)
                    .filter(d -> d.path("documentId").asString().equals(documentId)).findFirst()
                    .ifPresent(d -> found.set(d.path("id").asString()));
            return found.get() != null;
        });
        return found.get();
    }

    private String registered(String clerk, String classification) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("senderOrgan", "江城市人民政府办公室");
        form.put("senderNumber", "江政办发〔" + today().getYear() + "〕7号");
        form.put("title", "关于做好" + Lifecycle.uniqueSubject() + "工作的通知");
        form.put("classification", classification);
        form.put("copies", 1);
        form.put("receivedOn", today().toString());
        return body(api.post(clerk, "/api/registry/incoming", form)).path("id").asString();
    }

    private String accepted(String clerk, String classification) {
        String id = registered(clerk, classification);
        body(api.post(clerk, "/api/registry/incoming/" + id + "/accept", null));
        return id;
    }

    private String proposed(String clerk, String classification) {
        String id = accepted(clerk, classification);
        body(api.post(clerk, "/api/registry/incoming/" + id + "/proposal", Map.of("opinion", "拟请社会救助科办理。")));
        return id;
    }

    private String assigned(String clerk, String classification) {
        String id = proposed(clerk, classification);
        body(api.post("wangqiang", "/api/registry/incoming/" + id + "/assignment", assignment()));
        return id;
    }

    static Map<String, Object> assignment() {
        return Map.of("leadUnit", "SHJZ", "assistingUnits", List.of(), "deadline", today().plusDays(10).toString(),
                "instruction", "请社会救助科牵头办理。");
    }

    static Map<String, Object> matterBody(String source, String sourceDocumentId) {
        Map<String, Object> matter = new LinkedHashMap<>();
        matter.put("source", source);
        matter.put("sourceDocumentId", sourceDocumentId);
        matter.put("matter", "摸排辖区内特困人员供养情况并形成报告");
        matter.put("unit", "SHJZ");
        matter.put("deadline", today().plusDays(10).toString());
        return matter;
    }

    private String matter(String source, String sourceDocumentId) {
        return body(api.post("wangqiang", "/api/registry/matters", matterBody(source, sourceDocumentId))).path("id")
                .asString();
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    private static JsonNode body(GatewayClient.Response response) {
        assertThat(response.status()).as("registry fixture: " + response).isBetween(200, 201);
        return response.body();
    }
}
