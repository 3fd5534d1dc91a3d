package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;

import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 3 item 6: bad input is a 4xx problem and stores nothing. */
class BadInputIT extends DraftingServiceIT {

    private WebTestClient.ResponseSpec createRaw(byte[] body) {
        return web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void refusedAndNothingStored(Map<String, Object> body, String field) {
        long before = draftRows();
        post("zhangwei", "/api/drafts", body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo(field);
        assertThat(draftRows()).isEqualTo(before);
    }

    @Test
    void aTitleOf5000CharactersIs400() {
        refusedAndNothingStored(with(request(), "title", "题".repeat(5000)), "title");
    }

    @Test
    void tenThousandRecipientsIs400() {
        refusedAndNothingStored(with(request(), "mainRecipients", Collections.nCopies(10_000, "江城市人民政府")), "mainRecipients");
    }

    @Test
    void controlCharactersAre400() {
        refusedAndNothingStored(with(request(), "title", "江城市民政局\u0007关于申请经费的请示"), "title");
        refusedAndNothingStored(with(request(), "body", "正文\u001b[31m红字"), "body");
    }

    @Test
    void anUnknownDocTypeAndABadUrgencyNameTheirRules() {
        refusedAndNothingStored(with(request(), "docType", "方案"), "docType");
        long before = draftRows();
        post("zhangwei", "/api/drafts", with(request(), "urgency", "特提")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("GB-URG-1");
        assertThat(draftRows()).isEqualTo(before);
    }

    @Test
    void invalidUtf8Is400() {
        long before = draftRows();
        byte[] json = "{\"docType\":\"请示\",\"title\":\"X\",\"body\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = new byte[json.length + 4];
        System.arraycopy(json, 0, bad, 0, json.length);
        bad[json.length] = (byte) 0xC3;
        bad[json.length + 1] = (byte) 0x28;
        bad[json.length + 2] = '"';
        bad[json.length + 3] = '}';
        createRaw(bad).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(draftRows()).isEqualTo(before);
    }
}
