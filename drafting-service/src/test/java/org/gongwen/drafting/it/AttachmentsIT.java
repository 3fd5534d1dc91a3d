package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.drafting.attachment.domain.Files;
import org.gongwen.drafting.attachment.domain.StoredFile;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 附件 over HTTP: upload, sniffed type, SHA-256, limits (413), wrong type (415), If-Match, download, 痕迹. */
class AttachmentsIT extends DraftingServiceIT {

    static final int LIMIT = 200 * 1024;

    static MultipartBodyBuilder file(byte[] bytes, String filename, String declaredType, String name) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        }).contentType(MediaType.parseMediaType(declaredType));
        if (name != null) {
            parts.part("name", name);
        }
        return parts;
    }

    WebTestClient.ResponseSpec upload(String user, String id, String ifMatch, MultipartBodyBuilder parts) {
        WebTestClient.RequestBodySpec spec = web.post().uri("/api/drafts/" + id + "/attachments")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user));
        if (ifMatch != null) {
            spec.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return spec.bodyValue(parts.build()).exchange();
    }

    long version(String id) {
        return ((Number) read("zhangwei", id).get("version")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> attachments(Map<String, Object> draft) {
        return (List<Map<String, Object>>) draft.get("attachments");
    }

    @Test
    void anUploadFillsThe附件说明WithTheSniffedTypeAndHashAndTheDownloadIsTheSameBytes() {
        String id = create("zhangwei", with(with(request(), "attachments", List.of(Map.of("name", "发放名单"))),
                "body", "拟申请2027年度办公经费。妥否，请批示。\n附件：发放名单"));
        assertThat(rules(id)).as("GB-ATT-2 before the file is there").contains("GB-ATT-2");
        byte[] pdf = Files.pdf();
        String sha = StoredFile.sha256(pdf);
        Map<String, Object> draft = upload("zhangwei", id, "\"1\"", file(pdf, "名单.png", "image/png", "发放名单"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/drafts/" + id + "/attachments/1")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(attachments(draft)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("name", "发放名单").containsEntry("sha256", sha)
                .containsEntry("size", pdf.length).containsEntry("contentType", "application/pdf"));
        assertThat(jdbc.sql("SELECT bytes FROM attachment_files WHERE sha256 = :s").param("s", sha)
                .query(byte[].class).single()).isEqualTo(pdf);
        byte[] downloaded = get("zhangwei", "/api/drafts/" + id + "/attachments/1")
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectHeader().valueEquals("X-Content-SHA256", sha)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(StoredFile.sha256(downloaded)).isEqualTo(sha);
        assertThat(rules(id)).doesNotContain("GB-ATT-2");
        submitted(id);
    }

    @Test
    void aFileAboveTheLimitIs413ProblemAndChangesNothing() {
        String id = create("zhangwei", request());
        upload("zhangwei", id, "\"1\"", file(Files.textOfSize(LIMIT + 1), "big.txt", "text/plain", null))
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("attachment-too-large")
                .jsonPath("$.limitBytes").isEqualTo(LIMIT);
        // declared far beyond the limit: refused before the body is read
        upload("zhangwei", id, "\"1\"", file(Files.textOfSize(LIMIT + 100 * 1024), "huge.txt", "text/plain", null))
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("attachment-too-large");
        upload("zhangwei", id, "\"1\"", file(Files.textOfSize(LIMIT), "exact.txt", "text/plain", null))
                .expectStatus().isCreated();
        // a second file within its own limit still breaks the 300 KB per draft
        upload("zhangwei", id, "\"2\"", file(Files.text("b".repeat(LIMIT)), "more.txt", "text/plain", null))
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("attachments-too-large");
        assertThat(version(id)).isEqualTo(2);
    }

    @Test
    void aFileOfAnUnacceptedKindIs415WhateverItsDeclaredTypeAndName() {
        String id = create("zhangwei", request());
        upload("zhangwei", id, "\"1\"", file(Files.executable(), "名单.pdf", "application/pdf", null))
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unsupported-attachment-type");
        assertThat(version(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM draft_attachment_files WHERE draft_id = :id")
                .param("id", java.util.UUID.fromString(id)).query(Long.class).single()).isZero();
    }

    @Test
    void uploadsNeedIfMatchTheCurrentVersionAndTheDrafter() {
        String id = create("zhangwei", request());
        MultipartBodyBuilder pdf = file(Files.pdf(), "a.pdf", "application/pdf", null);
        upload("zhangwei", id, null, pdf).expectStatus().isEqualTo(428)
                .expectBody().jsonPath("$.code").isEqualTo("if-match-required");
        upload("zhangwei", id, "\"7\"", pdf).expectStatus().isEqualTo(412);
        upload("lina", id, "\"1\"", pdf).expectStatus().isForbidden();
        web.post().uri("/api/drafts/" + id + "/attachments").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isBadRequest();
        assertThat(version(id)).isEqualTo(1);
        submitted(id);
        upload("zhangwei", id, "\"1\"", pdf).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-status");
    }

    @Test
    void replacingAndRemovingAreVersionsAndOldVersionsKeepTheirFiles() {
        String id = create("zhangwei", request());
        byte[] first = Files.pdf();
        byte[] second = Files.png();
        upload("zhangwei", id, "\"1\"", file(first, "名单.pdf", "application/pdf", "名单")).expectStatus().isCreated();
        web.put().uri("/api/drafts/" + id + "/attachments/1").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"2\"").bodyValue(file(second, "名单.png", "image/png", null).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.attachments[0].name").isEqualTo("名单")
                .jsonPath("$.attachments[0].contentType").isEqualTo("image/png")
                .jsonPath("$.version").isEqualTo(3);
        web.delete().uri("/api/drafts/" + id + "/attachments/1").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"3\"").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.attachments.length()").isEqualTo(0);
        get("zhangwei", "/api/drafts/" + id + "/attachments/1").expectStatus().isNotFound();
        byte[] old = get("zhangwei", "/api/drafts/" + id + "/attachments/1?version=2").expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(old).isEqualTo(first);
        get("zhangwei", "/api/drafts/" + id + "/versions").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(4);
        get("lina", "/api/drafts/" + id + "/attachments/1?version=2").expectStatus().isForbidden();
    }

    @Test
    void aSaveMayKeepAnUploadedFileByHashButNotClaimAnother() {
        String id = create("zhangwei", request());
        byte[] pdf = Files.pdf();
        String sha = StoredFile.sha256(pdf);
        upload("zhangwei", id, "\"1\"", file(pdf, "名单.pdf", "application/pdf", "名单")).expectStatus().isCreated();
        web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"2\"")
                .bodyValue(with(request(), "attachments", List.of(
                        Map.of("name", "新名单", "sha256", sha, "size", 1, "contentType", "text/html"))))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.attachments[0].name").isEqualTo("新名单")
                .jsonPath("$.attachments[0].size").isEqualTo(pdf.length)
                .jsonPath("$.attachments[0].contentType").isEqualTo("application/pdf");
        web.put().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"3\"")
                .bodyValue(with(request(), "attachments", List.of(Map.of("name", "别人的", "sha256", "c".repeat(64)))))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("attachments[0].sha256");
        post("zhangwei", "/api/drafts", with(request(), "attachments", List.of(Map.of("name", "x", "sha256", sha))))
                .expectStatus().isBadRequest();
    }

    @Test
    void archiveServiceFetchesAFileByHashWithItsDigestOthersMayNot() {
        String id = create("zhangwei", request());
        byte[] docx = Files.zip("[Content_Types].xml", "word/document.xml");
        String sha = StoredFile.sha256(docx);
        upload("zhangwei", id, "\"1\"", file(docx, "方案.docx", "application/octet-stream", null)).expectStatus().isCreated();
        byte[] fetched = get("archive-service", "/internal/attachments/" + sha).expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .expectHeader().valueEquals("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(sha)) + ":")
                .expectHeader().valueEquals("X-Content-SHA256", sha)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(StoredFile.sha256(fetched)).isEqualTo(sha);
        get("archive-service", "/internal/attachments/" + sha.toUpperCase()).expectStatus().isOk();
        get("zhangwei", "/internal/attachments/" + sha).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("service-only");
        get("zhoushen", "/internal/attachments/" + sha).expectStatus().isForbidden();
        get("archive-service", "/internal/attachments/" + "0".repeat(64)).expectStatus().isNotFound();
        get("archive-service", "/internal/attachments/not-a-hash").expectStatus().isNotFound();
        web.get().uri("/internal/attachments/" + sha).exchange().expectStatus().isUnauthorized();
    }

    @SuppressWarnings("unchecked")
    List<String> rules(String id) {
        Map<String, Object> found = post("zhangwei", "/api/drafts/" + id + "/check", null).expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) found.get("violations")).stream().map(v -> (String) v.get("rule")).toList();
    }
}
