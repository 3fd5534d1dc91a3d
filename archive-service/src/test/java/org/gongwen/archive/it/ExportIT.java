package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongwen.archive.export.application.ArchivalMetadataSchema;
import org.gongwen.archive.verifier.Main;
import org.gongwen.archive.verifier.PackageZip;
import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5 "the export's 四性 report" (DA/T 70-2018, reference.md §3.5) and the archival package (DA/T 48 style,
 * §3.3): the package verifies offline with archive-verifier and fails after any single byte changes.
 */
class ExportIT extends ArchiveServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theFourPropertiesOfAnArchivedRecordAllPassAndAreReportedPerCheck() {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);

        Map<?, ?> report = JSON.readValue(get("/api/archive/records/" + event.documentId() + "/four-properties"),
                Map.class);
        assertThat(report.get("passed")).as("report %s", report).isEqualTo(true);
        List<?> properties = (List<?>) report.get("properties");
        assertThat(properties.stream().map(p -> (String) ((Map<?, ?>) p).get("nameZh")).toList())
                .containsExactly("真实性", "完整性", "可用性", "安全性");
        Map<String, List<String>> checks = properties.stream().map(p -> (Map<?, ?>) p).collect(Collectors.toMap(
                p -> (String) p.get("code"), p -> ((List<?>) p.get("checks")).stream()
                        .map(c -> (String) ((Map<?, ?>) c).get("code")).toList()));
        assertThat(checks.get("authenticity")).containsExactly("content-hash", "log-leaf", "inclusion-proof",
                "checkpoint-signature", "rendition-hash", "revision-links");
        assertThat(checks.get("usability")).contains("readable", "formats", "rendition-readable");
        assertThat(checks.get("integrity")).contains("required-metadata", "item-numbers", "trail");
        assertThat(checks.get("security")).contains("access-log", "append-only", "clearance");
        assertThat(jdbc.sql("SELECT count(*) FROM archive_access_log WHERE document_id = ? AND action = 'check'")
                .param(event.documentId()).query(Long.class).single()).isOne();
    }

    @Test
    void aGapInTheClassFailsIntegrity() {
        String unit = freshUnit();
        DocumentIssued first = issued(unit, "请示");
        publish(first);
        awaitArchived(first);
        // a 件号 consumed without a record (as if a row had been removed by someone with the owner's rights):
        // the counter moves on, the next record is 0003 and 0002 is missing
        jdbc.sql("UPDATE archive_item_counters SET last_item = last_item + 1 WHERE unit = ?").param(unit).update();
        DocumentIssued third = issued(unit, "请示");
        publish(third);
        awaitArchived(third);

        Map<?, ?> report = JSON.readValue(get("/api/archive/records/" + third.documentId() + "/four-properties"),
                Map.class);
        assertThat(report.get("passed")).isEqualTo(false);
        Map<?, ?> integrity = (Map<?, ?>) ((List<?>) report.get("properties")).get(1);
        assertThat(integrity.get("passed")).isEqualTo(false);
        assertThat(integrity.get("checks").toString()).contains("item-numbers", "最大件号 3，实有 2 件");
    }

    @Test
    void thePackageVerifiesOfflineAndFailsAfterAnySingleByteChange() throws Exception {
        DocumentIssued event = issued(freshUnit(), "通知");
        publish(event);
        awaitArchived(event);

        byte[] zip = web.get().uri("/api/archive/records/{id}/package", event.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/zip")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).contains(".zip"))
                .expectBody().returnResult().getResponseBody();
        Map<String, String> files = PackageZip.readCanonical(zip).stream().collect(Collectors.toMap(
                PackageZip.Entry::name, e -> new String(e.data(), StandardCharsets.UTF_8)));
        assertThat(files).containsKeys("content.json", "content.txt", "metadata.xml", "record-leaf.json",
                "proof.json", "checkpoint.json", "log-key.pub", "four-properties.json", "manifest.json",
                "manifest.sig");
        assertThat(files.get("metadata.xml")).contains("<档号>" + archiveNoOf(event.documentId()) + "</档号>",
                "<业务行为>起草</业务行为>", "<业务行为>审核</业务行为>", "<业务行为>签发</业务行为>", "<题名>",
                "<文件编号>" + event.documentNumber() + "</文件编号>", "<日期>20260302</日期>");
        assertThat(ArchivalMetadataSchema.violations(files.get("metadata.xml").getBytes(StandardCharsets.UTF_8)))
                .as("metadata.xml against %s", ArchivalMetadataSchema.RESOURCE).isEmpty();
        assertThat(files.get("content.txt")).contains("【归档章】", "全宗号 Z011", "关于申请社会救助专项资金的请示");

        Path key = dir.resolve("key.pub");
        Files.writeString(key, (String) JSON.readValue(get("/api/archive/checkpoints/key"), Map.class).get("pem"));
        assertThat(verifyPackage(zip, key)).isZero();
        for (int i = 0; i < zip.length; i += 13) {
            byte[] tampered = zip.clone();
            tampered[i] ^= 0x20;
            assertThat(verifyPackage(tampered, key)).as("package byte %d of %d", i, zip.length).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM archive_access_log WHERE document_id = ? AND action = 'export'")
                .param(event.documentId()).query(Long.class).single()).isOne();
    }

    @Test
    void theMetadataOfACorrectedDocumentRelatesBothRecords() throws Exception {
        // issue 18 更正: DA/T 46 实体关系 in each record's package, valid against the XSD
        DocumentIssued original = issued(freshUnit(), "请示");
        publish(original);
        awaitArchived(original);
        publish(CorrectedRevisionsIT.correctionOf(original, "主送机关有误。"));
        String recordId = original.documentId() + "~r2";
        archiveNoOf(recordId);

        String corrected = metadataOf(original.documentId());
        assertThat(corrected).contains("<关系>被更正为</关系>", "<相关实体标识符>" + recordId + "</相关实体标识符>");
        String correction = metadataOf(recordId);
        assertThat(correction).contains("<关系>更正自</关系>",
                "<相关实体标识符>" + original.documentId() + "</相关实体标识符>", "主送机关有误。");
        for (String xml : List.of(corrected, correction)) {
            assertThat(ArchivalMetadataSchema.violations(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        }
    }

    private String metadataOf(String recordId) throws Exception {
        byte[] zip = get("/api/archive/records/" + recordId + "/package");
        return PackageZip.readCanonical(zip).stream().filter(e -> e.name().equals("metadata.xml"))
                .map(e -> new String(e.data(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }

    @Test
    void exportAndChecksFollowTheReadRules() {
        DocumentIssued secret = issued(freshUnit(), content("请示", "关于绝密事项的请示", "内容", "绝密"), DOCUMENT_DATE);
        publish(secret);
        awaitArchived(secret);
        for (String path : List.of("/package", "/four-properties")) {
            web.get().uri("/api/archive/records/{id}" + path, secret.documentId())
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                    .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith("application/problem+json");
            web.get().uri("/api/archive/records/{id}" + path, secret.documentId())
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                    .expectStatus().isForbidden();
            web.get().uri("/api/archive/records/{id}" + path, "no-such-record")
                    .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                    .expectStatus().isNotFound();
        }
    }

    private byte[] get(String uri) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }

    private int verifyPackage(byte[] zip, Path key) throws Exception {
        Path file = dir.resolve("package.zip");
        Files.write(file, zip);
        return Main.run(new String[] {"verify-package", file.toString(), "--key", key.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
