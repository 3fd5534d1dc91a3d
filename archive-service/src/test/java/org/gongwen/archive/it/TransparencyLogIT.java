package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.gongwen.archive.verifier.Main;
import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5 "proof verification (valid, and invalid after any single byte of a record or a proof is changed),
 * consistency between checkpoints": what the API hands out is checked by the offline verifier's own command.
 */
class TransparencyLogIT extends ArchiveServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void anArchivedRecordsProofVerifiesOfflineAndFailsAfterAnySingleByteChange() throws Exception {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);

        byte[] leaf = get("/api/archive/records/" + event.documentId() + "/leaf");
        String proof = new String(get("/api/archive/records/" + event.documentId() + "/proof"), StandardCharsets.UTF_8);
        String checkpoint = JSON.writeValueAsString(JSON.readValue(proof, Map.class).get("checkpoint"));
        Path key = dir.resolve("key.pub");
        Files.writeString(key, (String) JSON.readValue(get("/api/archive/checkpoints/key"), Map.class).get("pem"));
        assertThat(new String(leaf, StandardCharsets.UTF_8)).contains(event.documentId(), event.contentHash());

        assertThat(verify(leaf, proof, checkpoint, key)).isZero();

        for (int i = 0; i < leaf.length; i += 7) {
            byte[] tampered = leaf.clone();
            tampered[i] ^= 0x01;
            assertThat(verify(tampered, proof, checkpoint, key)).as("record byte %d", i).isEqualTo(1);
        }
        String firstPathElement = (String) ((java.util.List<?>) JSON.readValue(proof, Map.class).get("auditPath"))
                .stream().findFirst().orElse(null);
        if (firstPathElement != null) {
            String changed = firstPathElement.charAt(0) == 'A' ? "B" + firstPathElement.substring(1)
                    : "A" + firstPathElement.substring(1);
            assertThat(verify(leaf, proof.replace(firstPathElement, changed), checkpoint, key)).isEqualTo(1);
        }
        String root = (String) JSON.readValue(checkpoint, Map.class).get("rootHash");
        String otherRoot = (root.charAt(1) == 'A' ? root.charAt(0) + "B" : root.charAt(0) + "A") + root.substring(2);
        assertThat(verify(leaf, proof, checkpoint.replace(root, otherRoot), key)).as("forged root").isEqualTo(1);
    }

    /** Issue 6: checkpoints name their key; the key set endpoint lists it, and the verifier takes that set. */
    @Test
    void theCheckpointNamesItsKeyAndVerifiesWithThePublishedKeySet() throws Exception {
        DocumentIssued event = issued(freshUnit(), "通知");
        publish(event);
        awaitArchived(event);
        byte[] leaf = get("/api/archive/records/" + event.documentId() + "/leaf");
        String proof = new String(get("/api/archive/records/" + event.documentId() + "/proof"), StandardCharsets.UTF_8);
        Map<?, ?> checkpoint = (Map<?, ?>) JSON.readValue(proof, Map.class).get("checkpoint");
        String keySet = new String(get("/api/archive/checkpoints/keys"), StandardCharsets.UTF_8);
        Map<?, ?> current = (Map<?, ?>) ((java.util.List<?>) JSON.readValue(keySet, Map.class).get("keys")).get(0);

        assertThat(current.get("current")).isEqualTo(true);
        assertThat(current.get("keyId")).isEqualTo(checkpoint.get("keyId"))
                .isEqualTo(JSON.readValue(get("/api/archive/checkpoints/key"), Map.class).get("keyId"));
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, keySet);
        assertThat(verify(leaf, proof, JSON.writeValueAsString(checkpoint), keys)).isZero();
        String otherKeyId = checkpoint.get("keyId").equals("0000000000000000") ? "1111111111111111" : "0000000000000000";
        String relabelled = JSON.writeValueAsString(checkpoint).replace((String) checkpoint.get("keyId"), otherKeyId);
        assertThat(verify(leaf, proof, relabelled, keys)).as("a key id not in the set").isEqualTo(1);
    }

    @Test
    void aLaterCheckpointIsProvablyAnExtensionOfAnEarlierOne() throws Exception {
        DocumentIssued first = issued(freshUnit(), "通知");
        publish(first);
        awaitArchived(first);
        get("/api/archive/records/" + first.documentId() + "/proof"); // integrates it
        String older = new String(get("/api/archive/checkpoints/latest"), StandardCharsets.UTF_8);
        DocumentIssued second = issued(freshUnit(), "通知");
        publish(second);
        awaitArchived(second);
        get("/api/archive/records/" + second.documentId() + "/proof");
        String newer = new String(get("/api/archive/checkpoints/latest"), StandardCharsets.UTF_8);
        long from = ((Number) JSON.readValue(older, Map.class).get("treeSize")).longValue();
        long to = ((Number) JSON.readValue(newer, Map.class).get("treeSize")).longValue();
        assertThat(to).isGreaterThan(from);
        String consistency = new String(get("/api/archive/consistency?from=" + from + "&to=" + to),
                StandardCharsets.UTF_8);

        assertThat(run("consistency", write("old.json", older), write("new.json", newer),
                write("c.json", consistency))).isZero();
        assertThat(run("consistency", write("old.json", newer), write("new.json", newer),
                write("c.json", consistency))).as("proof between other sizes").isEqualTo(1);
    }

    @Test
    void checkpointsAreSignedAndBadSizesAreProblems() {
        web.get().uri("/api/archive/consistency?from=5&to=2")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith("application/problem+json");
        web.get().uri("/api/archive/consistency?from=1&to=999999999")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/archive/consistency?from=x&to=2")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("from");
    }

    @Test
    void aProofOfARecordAboveTheReadersClearanceIsNotFound() {
        DocumentIssued secret = issued(freshUnit(), content("请示", "关于绝密事项的请示", "内容", "绝密"), DOCUMENT_DATE);
        publish(secret);
        awaitArchived(secret);
        web.get().uri("/api/archive/records/{id}/proof", secret.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/archive/records/{id}/proof", secret.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isOk();
        web.get().uri("/api/archive/records/{id}/proof", secret.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                .expectStatus().isForbidden();
    }

    private byte[] get(String uri) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }

    private int verify(byte[] record, String proof, String checkpoint, Path key) throws Exception {
        Path r = dir.resolve("record.json");
        Files.write(r, record);
        return run("verify", r.toString(), write("proof.json", proof), write("checkpoint.json", checkpoint),
                "--key", key.toString());
    }

    private String write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    private static int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
