package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.archive.verifier.PackageZip;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Topics;
import org.gongwen.platform.messaging.CloudEventHeaders;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5 "every attachment (fetched by hash from drafting-service and verified)" (reference.md §3.2: body and
 * attachments are one 件), against a stub of drafting's {@code /internal/attachments/{sha256}} and the token issuer.
 */
class AttachmentsIT extends ArchiveServiceIT {

    static final StubDrafting STUB = StubDrafting.INSTANCE;

    static DocumentIssued withAttachment(String unit, String name, byte[] declared) {
        AttachmentRef ref = new AttachmentRef(name, ArchivalPackage.sha256Hex(declared), (long) declared.length,
                "application/pdf");
        DocumentContent content = new DocumentContent("请示", "关于申请养老服务补贴资金的请示", List.of("市财政局"), List.of(),
                "特申请补贴资金，预算表见附件。", null, null, null, "上行", List.of(ref), null);
        return issued(unit, content, DOCUMENT_DATE);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void attachmentsAreFetchedWithTheServiceTokenVerifiedStoredAndLogged() {
        byte[] file = pdf("预算表 " + freshUnit());
        STUB.files.put(ArchivalPackage.sha256Hex(file), file);
        DocumentIssued event = withAttachment(freshUnit(), "预算表.pdf", file);
        publish(event);
        awaitArchived(event);

        byte[] stored = jdbc.sql("SELECT data FROM archive_attachments WHERE document_id = ? AND position = 1")
                .param(event.documentId()).query(byte[].class).single();
        assertThat(stored).isEqualTo(file);
        assertThat(STUB.tokenBodies).allMatch(b -> b.contains("\"username\":\"archive-service\""));
        assertThat(STUB.authorizations).contains("Bearer " + StubDrafting.TOKEN);
        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM archive_log_leaves WHERE kind = "
                + "'attachment' AND document_id = ?").param(event.documentId()).query(Long.class).single() == 1);

        Map<?, ?> report = JsonMapper.builder().build().readValue(get("/api/archive/records/" + event.documentId()
                + "/four-properties"), Map.class);
        assertThat(report.get("passed")).as("%s", report).isEqualTo(true);
        byte[] zip = get("/api/archive/records/" + event.documentId() + "/package");
        assertThat(PackageZipEntries.of(zip)).containsEntry("attachments/1-预算表.pdf", new String(file,
                StandardCharsets.UTF_8));
    }

    @Test
    void theTokenIsReusedUntilShortlyBeforeItExpires() {
        int before = STUB.tokenRequests.get();
        for (int i = 0; i < 2; i++) {
            byte[] file = pdf("附件 " + freshUnit());
            STUB.files.put(ArchivalPackage.sha256Hex(file), file);
            DocumentIssued event = withAttachment(freshUnit(), "附件.pdf", file);
            publish(event);
            awaitArchived(event);
        }
        // at most the first fetch of this JVM asked for a token; an hour-long token serves every later one
        assertThat(STUB.tokenRequests.get() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void aFileThatDoesNotMatchTheSignedHashIsRefusedAndParked() {
        byte[] signed = pdf("签发时的附件 " + freshUnit());
        byte[] swapped = pdf("被调包的附件 " + freshUnit());
        STUB.files.put(ArchivalPackage.sha256Hex(signed), swapped);
        DocumentIssued event = withAttachment(freshUnit(), "附件.pdf", signed);
        publish(event);

        List<ConsumerRecord<String, byte[]>> parked =
                TestKafka.read(Topics.deadLetterOf(Topics.REVIEW), event.documentId(), 1, DEADLINE);
        assertThat(parked).hasSize(1);
        assertThat(new String(parked.get(0).headers().lastHeader(CloudEventHeaders.DLT_REASON).value(),
                StandardCharsets.UTF_8)).contains("attachment-hash-mismatch");
        assertThat(recordsOf(event.documentId())).isZero();
    }

    @Test
    void whileDraftingIsAwayTheDocumentWaitsAndIsArchivedWhenItIsBack() {
        byte[] file = pdf("稍后可取的附件 " + freshUnit());
        STUB.files.put(ArchivalPackage.sha256Hex(file), file);
        DocumentIssued event = withAttachment(freshUnit(), "附件.pdf", file);
        STUB.draftingDown.set(true);
        try {
            publish(event);
            int seen = STUB.authorizations.size();
            await().atMost(DEADLINE).until(() -> STUB.authorizations.size() >= seen + 2); // tried, and tried again
            assertThat(recordsOf(event.documentId())).isZero();
        } finally {
            STUB.draftingDown.set(false);
        }
        awaitArchived(event);
        // waiting is not a refusal: nothing was parked
        assertThat(TestKafka.read(Topics.deadLetterOf(Topics.REVIEW), event.documentId(), 1,
                java.time.Duration.ofSeconds(3))).isEmpty();
    }

    private byte[] get(String uri) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }

    /** The package's files as text, by name. */
    static final class PackageZipEntries {
        static Map<String, String> of(byte[] zip) {
            try {
                return PackageZip.readCanonical(zip).stream().collect(java.util.stream.Collectors.toMap(
                        PackageZip.Entry::name, e -> new String(e.data(), StandardCharsets.UTF_8)));
            } catch (java.util.zip.ZipException e) {
                throw new AssertionError(e);
            }
        }
    }
}
