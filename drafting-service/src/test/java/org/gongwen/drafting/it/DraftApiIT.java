package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class DraftApiIT extends DraftingServiceIT {

    @Test
    void createAnswers201WithLocationETagAndTheDraft() {
        post("zhangwei", "/api/drafts", request()).expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/drafts/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.revision").isEqualTo(0)
                .jsonPath("$.drafter").isEqualTo("zhangwei")
                .jsonPath("$.drafterName").isEqualTo("张伟")
                .jsonPath("$.unit").isEqualTo("SHJZ")
                .jsonPath("$.docType").isEqualTo("请示")
                .jsonPath("$.attachments.length()").isEqualTo(0)
                .jsonPath("$.createdAt").exists();
    }

    @Test
    void everySaveIsKeptAsAnImmutableVersionWithItsHash() {
        String id = create("zhangwei", request());
        edit(id, "\"1\"", with(request(), "body", "修改后的正文")).expectStatus().isOk();
        List<Map<String, Object>> versions = jdbc.sql(
                        "SELECT version, content_hash, author FROM draft_versions WHERE draft_id = ? ORDER BY version")
                .param(UUID.fromString(id)).query().listOfRows();
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(1L, 2L);
        assertThat(versions).extracting(v -> v.get("author")).containsOnly("zhangwei");
        assertThat(versions.get(0).get("content_hash")).isNotEqualTo(versions.get(1).get("content_hash"));
    }

    @Test
    void getAnswersTheDraftWithItsVersionAsETag() {
        String id = create("zhangwei", request());
        get("zhangwei", "/api/drafts/" + id).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.id").isEqualTo(id);
    }

    @Test
    void editingWithTheCurrentVersionMakesTheNextVersion() {
        String id = create("zhangwei", request());
        edit(id, "\"1\"", with(request(), "title", "江城市民政局关于申请2028年度办公经费的请示")).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.title").isEqualTo("江城市民政局关于申请2028年度办公经费的请示");
    }

    @Test
    void editingWithoutIfMatchIs428() {
        String id = create("zhangwei", request());
        web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .bodyValue(request()).exchange()
                .expectStatus().isEqualTo(428)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void editingWithAStaleIfMatchIs412AndChangesNothing() {
        String id = create("zhangwei", request());
        edit(id, "\"1\"", request()).expectStatus().isOk();
        edit(id, "\"1\"", with(request(), "body", "迟到的修改")).expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:stale-version");
        assertThat(read("zhangwei", id).get("version")).isEqualTo(2);
    }

    @Test
    void anotherUsersDraftIs403ToReadAndToEdit() {
        String id = create("zhangwei", request());
        get("lina", "/api/drafts/" + id).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("lina"))
                .header(HttpHeaders.IF_MATCH, "\"1\"").bodyValue(request()).exchange().expectStatus().isForbidden();
    }

    @Test
    void anAuditorMayRead() {
        String id = create("zhangwei", request());
        get("zhoushen", "/api/drafts/" + id).expectStatus().isOk();
    }

    /**
     * 第三十条 (a 涉密 document is managed at its 密级): above the auditor's clearance (周慎: 机密) a draft answers 404
     * like an unknown one, with its versions; within it, 200.
     */
    @Test
    void anAuditorGets404ForADraftAboveTheirClearance() {
        String topSecret = create("wangqiang", with(with(request(), "classification", "绝密"),
                "classificationPeriodYears", 30));
        get("wangqiang", "/api/drafts/" + topSecret).expectStatus().isOk();
        get("zhoushen", "/api/drafts/" + topSecret).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:draft-not-found");
        get("zhoushen", "/api/drafts/" + topSecret + "/versions").expectStatus().isNotFound();

        String secret = create("sunli", with(with(request(), "classification", "机密"), "classificationPeriodYears", 5));
        get("zhoushen", "/api/drafts/" + secret).expectStatus().isOk();
    }

    @Test
    void anUnknownDraftIs404() {
        get("zhangwei", "/api/drafts/" + UUID.randomUUID()).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("zhangwei", "/api/drafts/not-a-draft-id").expectStatus().isNotFound();
        post("zhangwei", "/api/drafts/" + UUID.randomUUID() + "/submit", null).expectStatus().isNotFound();
    }

    @Test
    void withoutATokenIs401() {
        web.get().uri("/api/drafts").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theListHasOnlyTheCallersDraftsNewestFirstInPages() {
        Map<String, Object> before = get("qianxiao", "/api/drafts?size=1").expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        long earlier = ((Number) before.get("total")).longValue();
        String first = create("qianxiao", request());
        String second = create("qianxiao", request());
        String third = create("qianxiao", request());
        create("zhangwei", request());

        get("qianxiao", "/api/drafts?page=0&size=2").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(earlier + 3)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(third)
                .jsonPath("$.items[1].id").isEqualTo(second);
        get("qianxiao", "/api/drafts?page=1&size=2").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].id").isEqualTo(first);
        get("qianxiao", "/api/drafts?status=IN_REVIEW").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + first + "')]").doesNotExist();
        get("qianxiao", "/api/drafts?status=NOPE").expectStatus().isBadRequest();
        get("qianxiao", "/api/drafts?size=1000").expectStatus().isBadRequest();
    }

    @Test
    void aFiveThousandCharacterTitleIs400AndNothingIsStored() {
        refusedAsInvalid(with(request(), "title", "题".repeat(5000)), "title");
    }

    @Test
    void tenThousandRecipientsAre400AndNothingIsStored() {
        refusedAsInvalid(with(request(), "mainRecipients", Collections.nCopies(10_000, "江城市人民政府")), "mainRecipients");
    }

    @Test
    void controlCharactersAre400AndNothingIsStored() {
        refusedAsInvalid(with(request(), "title", "江城市民政局关于\u0000申请经费的请示"), "title");
        refusedAsInvalid(with(request(), "body", "正文\u001b[31m"), "body");
    }

    @Test
    void aBodyOf200000CharactersIsAcceptedOneMoreIs400Not413() {
        String id = create("zhangwei", with(request(), "body", "文".repeat(200_000)));
        assertThat((String) read("zhangwei", id).get("body")).hasSize(200_000);
        refusedAsInvalid(with(request(), "body", "文".repeat(200_001)), "body");
    }

    @Test
    void anUnknownDocTypeIs400WithAViolationOnDocType() {
        refusedAsInvalid(with(request(), "docType", "方案"), "docType");
    }

    @Test
    void malformedJsonIs400AndNothingIsStored() {
        long rows = draftRows();
        web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"docType\": \"请示\", \"title\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"docType\": \"请示\", \"mainRecipients\": \"x\"}")
                .exchange().expectStatus().isBadRequest();
        assertThat(draftRows()).isEqualTo(rows);
    }

    @Test
    void aClassificationAboveTheCallersClearanceIs403() {
        long rows = draftRows();
        post("zhangwei", "/api/drafts", with(with(request(), "classification", "机密"), "classificationPeriodYears", 5))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:above-clearance");
        assertThat(draftRows()).isEqualTo(rows);
        post("sunli", "/api/drafts", with(with(request(), "classification", "机密"), "classificationPeriodYears", 5))
                .expectStatus().isCreated();
    }

    private WebTestClient.ResponseSpec edit(String id, String ifMatch, Map<String, Object> body) {
        return web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, ifMatch).bodyValue(body).exchange();
    }

    private void refusedAsInvalid(Map<String, Object> body, String field) {
        long rows = draftRows();
        post("zhangwei", "/api/drafts", body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:gongwen:problem:invalid-draft")
                .jsonPath("$.violations[0].field").isEqualTo(field);
        assertThat(draftRows()).isEqualTo(rows);
    }
}
