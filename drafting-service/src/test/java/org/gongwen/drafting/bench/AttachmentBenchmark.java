package org.gongwen.drafting.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongwen.drafting.attachment.domain.StoredFile;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Attachment upload and download through HTTP against real PostgreSQL (not a test: no assertions on time).
 * Run: {@code ./mvnw -B -o verify -pl drafting-service -Dit.test=AttachmentBenchmark -Dtest=NoSuch
 * -Dsurefire.failIfNoSpecifiedTests=false}; results in the README ("Benchmarks").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "120s")
class AttachmentBenchmark {

    private static final int ROUNDS = 5;
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "gongwen_drafting");
    }

    @Test
    void uploadAndDownload() {
        // the files are larger than the codecs' 2 MB in-memory default the test client shares with the service
        web = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        List<String> rows = new ArrayList<>();
        rows.add("| file | sniff + SHA-256 (ms) | upload p50 (ms) | download p50 (ms) | upload MB/s |");
        rows.add("|---|---|---|---|---|");
        for (int size : new int[] {100 * 1024, 1024 * 1024, 5 * 1024 * 1024, 20 * 1024 * 1024}) {
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) 'a');
            long[] sniff = new long[ROUNDS];
            long[] up = new long[ROUNDS];
            long[] down = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                bytes[r] = (byte) ('b' + r); // a new hash each round: every upload stores its bytes
                long t0 = System.nanoTime();
                StoredFile.of(bytes).orElseThrow();
                sniff[r] = System.nanoTime() - t0;
                String id = draft();
                t0 = System.nanoTime();
                upload(id, bytes);
                up[r] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                web.get().uri("/api/drafts/" + id + "/attachments/1")
                        .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                        .expectStatus().isOk().expectBody(byte[].class).returnResult();
                down[r] = System.nanoTime() - t0;
            }
            rows.add(String.format("| %d KB | %.1f | %.1f | %.1f | %.1f |", size / 1024, median(sniff), median(up),
                    median(down), size / 1048576.0 / (median(up) / 1000)));
        }
        System.out.println("\nAttachment benchmark (" + ROUNDS + " rounds each, medians)\n" + String.join("\n", rows));
    }

    private String draft() {
        Map<String, Object> body = Map.of("template", "请示", "title", "江城市民政局关于申请2027年度办公经费的请示");
        return (String) web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(JSON).returnResult()
                .getResponseBody().get("id");
    }

    private void upload(String id, byte[] bytes) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "名单.txt";
            }
        }).contentType(MediaType.TEXT_PLAIN);
        web.post().uri("/api/drafts/" + id + "/attachments")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_MATCH, "\"1\"").bodyValue(parts.build()).exchange()
                .expectStatus().isCreated();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
