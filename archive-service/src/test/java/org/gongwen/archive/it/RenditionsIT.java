package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.archive.config.RenditionWorker;
import org.gongwen.archive.log.application.LogStore;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.MerkleTree;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.archive.verifier.LogProofs;
import org.gongwen.archive.verifier.PackageZip;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.OFDReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: the archive renders each issued document as PDF/A-2b and OFD after archiving it, off the consumer's path
 * (issue 15: the record is visible before any file exists), stores both with their SHA-256, shows them in the
 * trail, logs them as a leaf of the tamper-evident log, serves them, packs them and checks them (四性).
 */
class RenditionsIT extends ArchiveServiceIT {

    /** The first render of a JVM parses the font files (about 3 s on this machine, more under load). */
    static final Duration RENDERED = Duration.ofSeconds(90);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RenditionWorker worker;
    @Autowired
    LogStore log;

    @Test
    void theRecordIsVisibleBeforeItsFilesWhichFollowWithBothHashesInTheTrailAndTheLog() throws Exception {
        DocumentIssued event = notice();
        worker.stop();
        try {
            publish(event);
            awaitArchived(event);
            // archived and readable with no renderer at work: 签发 → archive never waits for the layout
            Map<?, ?> before = record(event.documentId());
            assertThat(((Map<?, ?>) before.get("rendition")).get("state")).isEqualTo("pending");
            web.get().uri("/api/archive/records/{id}/rendition.pdf", event.documentId())
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                    .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith("application/problem+json")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:rendition-not-ready");
        } finally {
            worker.start();
        }

        await().atMost(RENDERED).until(() -> "rendered".equals(
                ((Map<?, ?>) record(event.documentId()).get("rendition")).get("state")));
        Map<?, ?> after = record(event.documentId());
        Map<?, ?> rendition = (Map<?, ?>) after.get("rendition");
        String pdfSha = (String) rendition.get("pdfSha256");
        String ofdSha = (String) rendition.get("ofdSha256");
        List<?> trail = (List<?>) after.get("trail");
        Map<?, ?> rendered = (Map<?, ?>) trail.get(trail.size() - 1);
        assertThat(rendered.get("action")).isEqualTo("RENDERED");
        assertThat((String) rendered.get("opinion")).contains(pdfSha, ofdSha);

        byte[] pdf = download(event, "pdf", "application/pdf");
        byte[] ofd = download(event, "ofd", "application/ofd");
        assertThat(ArchivalPackage.sha256Hex(pdf)).isEqualTo(pdfSha);
        assertThat(ArchivalPackage.sha256Hex(ofd)).isEqualTo(ofdSha);
        int pages = ((Number) rendition.get("pageCount")).intValue();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
        }
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(pages);
        }

        // the leaf names both hashes and is included in the tree a signed checkpoint commits to
        String entryId = event.documentId() + "#rendition";
        await().atMost(DEADLINE).until(() -> log.leafOf("rendition", entryId).isPresent());
        LogStore.Leaf leaf = log.leafOf("rendition", entryId).orElseThrow();
        assertThat(new String(leaf.data(), StandardCharsets.UTF_8)).contains(pdfSha, ofdSha);
        SignedCheckpoint checkpoint = log.latestCheckpoint().orElseThrow();
        assertThat(LogProofs.verifyInclusion(LogProofs.leafHash(leaf.data()), leaf.index(),
                checkpoint.checkpoint().treeSize(), MerkleTree.inclusionProof(log::node, leaf.index(),
                        checkpoint.checkpoint().treeSize()), checkpoint.checkpoint().rootHash())).isTrue();

        // the package carries both files, its manifest their SHA-256; the 四性 check opens them and passes
        Map<String, byte[]> files = PackageZip.readCanonical(get("/api/archive/records/" + event.documentId()
                + "/package")).stream().collect(Collectors.toMap(PackageZip.Entry::name, PackageZip.Entry::data));
        assertThat(files.get("rendition.pdf")).isEqualTo(pdf);
        assertThat(files.get("rendition.ofd")).isEqualTo(ofd);
        assertThat(new String(files.get("manifest.json"), StandardCharsets.UTF_8)).contains(pdfSha, ofdSha);
        Map<?, ?> report = fourProperties(event.documentId());
        assertThat(report.get("passed")).as("%s", report).isEqualTo(true);
        assertThat(report.toString()).contains("rendition-hash", "rendition-readable", "PDF 与 OFD 各 " + pages + " 页");
    }

    @Test
    void aCorruptOrHashMismatchedStoredFileIsReportedByTheFourPropertiesCheck() {
        DocumentIssued event = notice();
        worker.stop();
        try {
            publish(event);
            awaitArchived(event);
            // rows written past the worker (as the service's own role may, the table being append-only): a PDF
            // that hashes to its column but does not open, and an OFD whose bytes differ from their column
            byte[] brokenPdf = "%PDF-1.7\nnot a document".getBytes(StandardCharsets.UTF_8);
            byte[] ofd = {'P', 'K', 3, 4, 0, 0};
            jdbc.sql("""
                            INSERT INTO archive_renditions (document_id, pdf, pdf_sha256, ofd, ofd_sha256, page_count,
                                rendered_at) VALUES (?, ?, ?, ?, ?, 1, ?)""")
                    .params(event.documentId(), brokenPdf, ArchivalPackage.sha256Hex(brokenPdf), ofd,
                            "0".repeat(64), Instant.now().atOffset(ZoneOffset.UTC)).update();
        } finally {
            worker.start();
        }
        // the worker finds the files there and drops the job without rendering over them
        await().atMost(RENDERED).until(() -> jdbc.sql("SELECT count(*) FROM archive_render_jobs WHERE document_id = ?")
                .param(event.documentId()).query(Long.class).single() == 0);

        Map<?, ?> report = fourProperties(event.documentId());
        assertThat(report.get("passed")).isEqualTo(false);
        Map<String, Map<?, ?>> checks = ((List<?>) report.get("properties")).stream()
                .flatMap(p -> ((List<?>) ((Map<?, ?>) p).get("checks")).stream()).map(c -> (Map<?, ?>) c)
                .collect(Collectors.toMap(c -> (String) c.get("code"), c -> c));
        assertThat(checks.get("rendition-hash").get("passed")).isEqualTo(false);
        assertThat((String) checks.get("rendition-hash").get("detailZh")).contains("OFD 哈希不符", "不在日志中");
        assertThat(checks.get("rendition-readable").get("passed")).isEqualTo(false);
        assertThat((String) checks.get("rendition-readable").get("detailZh")).contains("PDF 无法打开", "OFD 无法打开");
        assertThat(checks.get("content-hash").get("passed")).isEqualTo(true);
    }

    @Test
    void downloadsFollowTheReadRulesAndAreLogged() {
        DocumentIssued secret = issued(freshUnit(), content("通知", "关于绝密事项的通知", "内容。", "绝密"), DOCUMENT_DATE);
        publish(secret);
        awaitArchived(secret);
        for (String format : List.of("pdf", "ofd")) {
            String uri = "/api/archive/records/{id}/rendition." + format;
            // 周慎 (档案) lacks 绝密 clearance: the record does not exist for him
            web.get().uri(uri, secret.documentId())
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                    .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith("application/problem+json")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:not-found");
            web.get().uri(uri, secret.documentId())
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                    .expectStatus().isForbidden();
            web.get().uri(uri, "no-such-record")
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                    .expectStatus().isNotFound();
            web.get().uri(uri, secret.documentId()).exchange().expectStatus().isUnauthorized();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM archive_access_log WHERE document_id = ? AND action = 'rendition'")
                .param(secret.documentId()).query(Long.class).single()).isEqualTo(2);
    }

    /** A 通知 with headings, 主送 and 抄送: what the renderer lays out on more than one page. */
    private static DocumentIssued notice() {
        String body = String.join("\n", "为做好2026年度城乡困难群众基本生活保障工作，现就有关事项通知如下。",
                "一、提高保障标准", "（一）城市低保标准每人每月提高到1000元。", "二、加强资金管理",
                "各地要确保资金及时足额发放，不得挤占挪用。".repeat(12), "请认真贯彻执行。");
        DocumentContent content = new DocumentContent("通知", "江城市民政局关于做好2026年度社会救助工作的通知",
                List.of("各区民政局"), List.of("市财政局"), body, null, null, null, "下行", List.of(), null);
        return issued(freshUnit(), content, DOCUMENT_DATE);
    }

    private byte[] download(DocumentIssued event, String format, String mediaType) {
        return web.get().uri("/api/archive/records/{id}/rendition." + format, event.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                .expectStatus().isOk().expectHeader().contentType(mediaType)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v)
                        .startsWith("attachment").contains("filename*=UTF-8''")
                        .contains(java.net.URLEncoder.encode(event.documentNumber(), StandardCharsets.UTF_8)
                                .replace("+", "%20") + "." + format))
                .expectBody().returnResult().getResponseBody();
    }

    private Map<?, ?> record(String documentId) {
        return JSON.readValue(get("/api/archive/records/" + documentId), Map.class);
    }

    private Map<?, ?> fourProperties(String documentId) {
        return JSON.readValue(get("/api/archive/records/" + documentId + "/four-properties"), Map.class);
    }

    private byte[] get(String uri) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }
}
