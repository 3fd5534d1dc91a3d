package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewSubmissionRefused;
import org.gongwen.platform.messaging.ContentHash;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * 条例 第三十条 (issue 14): a classified document only reaches people cleared for it — chain staffing
 * (REVIEW-CLEARANCE-1), 会签 (REVIEW-CLEARANCE-2), inbox, dashboard, reading and deciding (REVIEW-CLEARANCE-3),
 * 委派/转办 (REVIEW-DELEGATE-2). The incident: a 绝密 函 by 王强 went to 赵敏, cleared 机密.
 */
class ClearanceIT extends ReviewServiceIT {

    /** 秦密, 办公室, cleared 绝密: 赵敏's acting person in one test. */
    private static final DemoUser QINMI = new DemoUser("qinmi", "秦密", "BGS", Set.of("DIRECTOR"), "绝密");

    @BeforeEach
    void people() {
        jdbc.sql("""
                INSERT INTO people (username, name, unit_code, role, clearance, valid_from) VALUES
                  ('qinmi', '秦密', 'BGS', 'DIRECTOR', '绝密', '2000-01-01T00:00:00Z'),
                  ('miyu', '米雨', 'BGS', 'DIRECTOR', '秘密', '2000-01-01T00:00:00Z')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("INSERT INTO units (code, name, valid_from) VALUES ('MJK', '密级测试科', '2000-01-01T00:00:00Z')"
                + " ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO unit_heads (unit_code, username, valid_from) VALUES ('MJK', 'miyu', '2000-01-01T00:00:00Z')"
                + " ON CONFLICT DO NOTHING").update();
    }

    @AfterEach
    void noActing() {
        jdbc.sql("DELETE FROM acting_assignments WHERE acting_username = 'qinmi'").update();
    }

    private static DraftSubmitted letter(String documentId, String drafter, String classification) {
        DocumentContent content = new DocumentContent("函", "关于商请协助核查低保对象信息的函", List.of("江城市公安局"), List.of(),
                "请予协助核查为盼。", null, classification, classification == null ? null : 10, "平行", List.of(), null);
        return new DraftSubmitted(documentId, 1, PEOPLE.get(drafter), content, ContentHash.of(content),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private WebTestClient.ResponseSpec asQinmi(String uri, Object... vars) {
        return web.get().uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestInfrastructure.tokens().mint(QINMI)).exchange();
    }

    private void notListedFor(String user, String uri, String id) {
        get(user, uri).expectStatus().isOk().expectBody().jsonPath("$..[?(@.documentId == '" + id + "')]").isEmpty();
    }

    @Test
    void REVIEW_CLEARANCE_1_aTopSecretLetterByWangqiangStaffsNoConfidentialReviewerAndGoesBackToTheDrafter() {
        String id = newDocumentId();
        String eventId = UUID.randomUUID().toString();
        publish(letter(id, "wangqiang", "绝密"), eventId);

        List<GongwenEvent> events = reviewEvents(id, 1);
        assertThat(events.get(0)).isInstanceOfSatisfying(ReviewSubmissionRefused.class, e -> {
            assertThat(e.rule()).isEqualTo("REVIEW-CLEARANCE-1");
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.role()).isEqualTo("DIRECTOR");
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.reason()).contains("绝密");
        });
        awaitProcessed(eventId);
        assertThat(jdbc.sql("SELECT count(*) FROM review_steps WHERE document_id = ?").param(id)
                .query(Long.class).single()).as("nothing staffed, nothing stored").isZero();
        notListedFor("zhaomin", "/api/reviews/inbox", id);
        get("zhaomin", "/api/reviews/{id}", id).expectStatus().isNotFound();
        decide("zhaomin", id, "RETURN", "请修改", 1).expectStatus().isNotFound();
    }

    @Test
    void REVIEW_CLEARANCE_1_theDirectorsClearedActingPersonTakesTheLevel() {
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO acting_assignments (username, acting_username, valid_from, valid_to)"
                        + " VALUES ('zhaomin', 'qinmi', ?, ?)")
                .params(java.sql.Timestamp.from(now.minus(Duration.ofHours(1))),
                        java.sql.Timestamp.from(now.plus(Duration.ofHours(1)))).update();
        String id = newDocumentId();
        publish(letter(id, "wangqiang", "绝密"), UUID.randomUUID().toString());
        awaitRound(id, 1);

        get("wangqiang", "/api/reviews/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.steps[0].reviewer").isEqualTo("qinmi")
                .jsonPath("$.steps[0].role").isEqualTo("DIRECTOR")
                .jsonPath("$.steps[1].reviewer").isEqualTo("liuyang");
        asQinmi("/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')].level").isEqualTo(1);
        notListedFor("zhaomin", "/api/reviews/inbox", id);
        get("zhaomin", "/api/reviews/{id}", id).expectStatus().isNotFound();
        decide("zhaomin", id, "RETURN", "请修改", 1).expectStatus().isNotFound();
    }

    @Test
    void REVIEW_CLEARANCE_3_aTopSecretDocumentAlreadyWithZhaominIsNeitherListedReadNorDecidedByHer() {
        // the incident's state: a step staffed before this rule existed (the 密级 written into the stored round)
        String id = newDocumentId();
        publish(letter(id, "lina", null), UUID.randomUUID().toString());
        awaitRound(id, 1);
        get("zhaomin", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')].level").isEqualTo(1);
        jdbc.sql("UPDATE review_rounds SET content = jsonb_set(content, '{classification}', '\"绝密\"')"
                + " WHERE document_id = ?").param(id).update();

        notListedFor("zhaomin", "/api/reviews/inbox", id);
        notListedFor("zhaomin", "/api/reviews/dashboard", id);
        get("zhaomin", "/api/reviews/{id}", id).expectStatus().isNotFound();
        decide("zhaomin", id, "RETURN", "请修改", 1).expectStatus().isNotFound();
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isNotFound();
        get("wangqiang", "/api/reviews/dashboard").expectStatus().isOk().expectBody()
                .jsonPath("$.documents[?(@.documentId == '" + id + "')].holder").isEqualTo("zhaomin");
        assertThat(roundStatus(id, 1)).isEqualTo("IN_REVIEW");

        // an unknown label (内部 is no 密级, GB-SEC-1) is judged 绝密: still hidden from a 机密 reader
        jdbc.sql("UPDATE review_rounds SET content = jsonb_set(content, '{classification}', '\"内部\"')"
                + " WHERE document_id = ?").param(id).update();
        notListedFor("zhaomin", "/api/reviews/inbox", id);
        get("zhaomin", "/api/reviews/{id}", id).expectStatus().isNotFound();
        get("wangqiang", "/api/reviews/{id}", id).expectStatus().isOk();
    }

    @Test
    void REVIEW_DELEGATE_2_delegationAndTransferToAnUnderClearedPersonAreRefusedWithTheRuleId() {
        String id = newDocumentId();
        publish(letter(id, "wangqiang", "机密"), UUID.randomUUID().toString());
        awaitRound(id, 1);
        for (String kind : List.of("DELEGATE", "TRANSFER")) {
            post("zhaomin", "/api/reviews/{id}/delegation", Map.of("kind", kind, "to", "miyu",
                    "until", Instant.now().plus(Duration.ofDays(1)).toString(), "revision", 1), id)
                    .expectStatus().isEqualTo(422)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-DELEGATE-2")
                    .jsonPath("$.reason").isEqualTo("delegate-clearance-too-low");
        }
    }

    @Test
    void REVIEW_CLEARANCE_2_countersignByAnUnderClearedHeadIsRefusedWithTheRuleId() {
        String id = newDocumentId();
        publish(letter(id, "wangqiang", "机密"), UUID.randomUUID().toString());
        awaitRound(id, 1);
        post("wangqiang", "/api/reviews/{id}/countersign", Map.of("units", List.of("MJK"), "rule", "ALL",
                "revision", 1), id)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-CLEARANCE-2")
                .jsonPath("$.violations[0].field").isEqualTo("units")
                .jsonPath("$.reason").isEqualTo("countersigner-clearance-too-low");
    }
}
