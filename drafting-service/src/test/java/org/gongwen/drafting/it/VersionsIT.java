package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.gongwen.events.Person;
import org.gongwen.events.ReviewReturned;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** 痕迹保留 over HTTP: versions, one version, the character diff, and returned rounds' opinions. */
class VersionsIT extends DraftingServiceIT {

    static final String V1 = "一、总体要求。为保障困难群众基本生活，拟申请经费。二、工作任务。三、保障措施。";
    static final String V2 = "二、工作任务。一、总体要求。为切实保障困难群众基本生活，拟申请经费。三、保障措施。";
    static final String V3 = "二、工作任务。一、总体要求。为切实保障困难群众基本生活。三、保障措施。";

    void save(String id, long version, String body) {
        web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"").bodyValue(with(request(), "body", body))
                .exchange().expectStatus().isOk();
    }

    @Test
    void everySaveIsAVersionReadableInFullWithItsAuthorAndHash() {
        String id = create("zhangwei", with(request(), "body", V1));
        save(id, 1, V2);
        get("zhangwei", "/api/drafts/" + id + "/versions").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].version").isEqualTo(1)
                .jsonPath("$[0].author").isEqualTo("zhangwei")
                .jsonPath("$[1].contentHash").value(h -> assertThat((String) h).matches("[0-9a-f]{64}"));
        get("zhangwei", "/api/drafts/" + id + "/versions/1").expectStatus().isOk().expectBody()
                .jsonPath("$.content.body").isEqualTo(V1)
                .jsonPath("$.version").isEqualTo(1);
        get("zhangwei", "/api/drafts/" + id + "/versions/2").expectStatus().isOk().expectBody()
                .jsonPath("$.content.body").isEqualTo(V2);
    }

    @Test
    void theDiffOfChineseTextShowsInsertedDeletedAndMovedPassages() {
        String id = create("zhangwei", with(request(), "body", V1));
        save(id, 1, V2);
        save(id, 2, V3);
        Map<String, Object> diff = get("zhangwei", "/api/drafts/" + id + "/diff?from=1&to=3").expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(diff).containsEntry("from", 1).containsEntry("to", 3);
        Map<?, ?> body = ((List<?>) diff.get("changes")).stream().map(Map.class::cast)
                .filter(c -> "body".equals(c.get("field"))).findFirst().orElseThrow();
        Map<?, ?> text = (Map<?, ?>) body.get("text");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ops = (List<Map<String, Object>>) text.get("ops");
        assertThat(ops).anySatisfy(o -> assertThat(o).containsEntry("kind", "INSERT").containsEntry("text", "切实"));
        assertThat(ops).anySatisfy(o -> {
            assertThat(o).containsEntry("kind", "DELETE");
            assertThat((String) o.get("text")).contains("拟申请经费");
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> moves = (List<Map<String, Object>>) text.get("moves");
        assertThat(moves).singleElement().satisfies(m -> {
            assertThat((String) m.get("text")).isIn("二、工作任务。", "一、总体要求。", "二、工作任务", "一、总体要求");
            assertThat(m.get("oldOffset")).isEqualTo(V1.indexOf((String) m.get("text")));
            assertThat(m.get("newOffset")).isEqualTo(V3.indexOf((String) m.get("text")));
        });
        StringBuilder rebuilt = new StringBuilder();
        ops.stream().filter(o -> !"DELETE".equals(o.get("kind"))).forEach(o -> rebuilt.append(o.get("text")));
        assertThat(rebuilt.toString()).isEqualTo(V3);
    }

    @Test
    void theDiffOfUnchangedVersionsIsEmptyAndOtherFieldsShowBeforeAndAfter() {
        String id = create("zhangwei", request());
        save(id, 1, (String) request().get("body"));
        get("zhangwei", "/api/drafts/" + id + "/diff?from=1&to=2").expectStatus().isOk().expectBody()
                .jsonPath("$.changes.length()").isEqualTo(0);
        web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"2\"").bodyValue(with(request(), "urgency", "加急"))
                .exchange().expectStatus().isOk();
        get("zhangwei", "/api/drafts/" + id + "/diff?from=2&to=3").expectStatus().isOk().expectBody()
                .jsonPath("$.changes[0].field").isEqualTo("urgency")
                .jsonPath("$.changes[0].before").doesNotExist()
                .jsonPath("$.changes[0].after").isEqualTo("加急");
    }

    @Test
    void badVersionNumbersAre400UnknownOnesAre404AndStrangersGet403() {
        String id = create("zhangwei", request());
        get("zhangwei", "/api/drafts/" + id + "/diff?from=x&to=1").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("zhangwei", "/api/drafts/" + id + "/diff?to=1").expectStatus().isBadRequest();
        get("zhangwei", "/api/drafts/" + id + "/diff?from=1&to=9").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:version-not-found");
        get("zhangwei", "/api/drafts/" + id + "/versions/0").expectStatus().isBadRequest();
        get("zhangwei", "/api/drafts/" + id + "/versions/2").expectStatus().isNotFound();
        get("lina", "/api/drafts/" + id + "/versions").expectStatus().isForbidden();
        get("lina", "/api/drafts/" + id + "/diff?from=1&to=1").expectStatus().isForbidden();
        get("zhoushen", "/api/drafts/" + id + "/versions").expectStatus().isOk();
    }

    @Test
    void theVersionSubmittedInAReturnedRoundKeepsTheReviewersOpinion() {
        String id = submitted(create("zhangwei", request()));
        publish(new ReviewReturned(id, 1, 1, "DEPUTY_DIRECTOR", new Person("sunli", "孙立", "BGS"), "请补充经费测算依据",
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(DEADLINE).until(() -> "RETURNED".equals(read("zhangwei", id).get("status")));
        save(id, 1, "补充了测算依据。妥否，请批示。");
        get("zhangwei", "/api/drafts/" + id + "/versions").expectStatus().isOk().expectBody()
                .jsonPath("$[0].submittedAs[0]").isEqualTo(1)
                .jsonPath("$[0].opinions[0].opinion").isEqualTo("请补充经费测算依据")
                .jsonPath("$[0].opinions[0].reviewer.username").isEqualTo("sunli")
                .jsonPath("$[1].submittedAs.length()").isEqualTo(0);
        get("sunli", "/api/drafts/" + id + "/versions").expectStatus().isOk();
    }
}
