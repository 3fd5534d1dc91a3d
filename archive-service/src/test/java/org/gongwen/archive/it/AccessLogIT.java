package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongwen.events.DocumentIssued;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Issue 5 "the access log": every read logged (who, when, what); ADMIN or a second AUDITOR may query it. */
class AccessLogIT extends ArchiveServiceIT {

    private static final String SECOND_AUDITOR = "Bearer " + TestInfrastructure.tokens()
            .mint(new DemoUser("shenji2", "沈计", "DAS", Set.of("AUDITOR"), "机密"));

    @Test
    void everyReadIsLoggedAndASecondAuditorOrTheAdminCanSeeIt() {
        DocumentIssued open = issued(freshUnit(), "请示");
        DocumentIssued topSecret = issued(freshUnit(), content("请示", "关于绝密事项的请示", "内容", "绝密"), DOCUMENT_DATE);
        publish(open);
        publish(topSecret);
        awaitArchived(open, topSecret);

        read(TestInfrastructure.bearer("zhoushen"), open.documentId(), "", 200);
        read(TestInfrastructure.bearer("zhoushen"), open.documentId(), "/proof", 200);
        read(TestInfrastructure.bearer("zhoushen"), topSecret.documentId(), "", 404);

        List<String> seenBySecond = entries(SECOND_AUDITOR, "reader=zhoushen&documentId=" + open.documentId(), "action");
        assertThat(seenBySecond).containsExactly("proof", "read");
        assertThat(entries("Bearer " + TestInfrastructure.tokenFor("admin"),
                "documentId=" + topSecret.documentId(), "outcome")).containsExactly("not-found");
        web.get().uri("/api/archive/access-log?reader=zhoushen&documentId=" + open.documentId())
                .header(HttpHeaders.AUTHORIZATION, SECOND_AUDITOR).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].reader").isEqualTo("zhoushen")
                .jsonPath("$.items[0].readerName").isEqualTo("周慎")
                .jsonPath("$.items[0].at").exists()
                .jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void anAuditorCannotQueryTheirOwnReadsAndOthersCannotQueryAtAll() {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);
        read(TestInfrastructure.bearer("zhoushen"), event.documentId(), "", 200);

        web.get().uri("/api/archive/access-log?reader=zhoushen")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:forbidden");
        assertThat(entries(TestInfrastructure.bearer("zhoushen"), "documentId=" + event.documentId(), "reader"))
                .as("own reads left out").isEmpty();
        web.get().uri("/api/archive/access-log")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/archive/access-log?size=0")
                .header(HttpHeaders.AUTHORIZATION, SECOND_AUDITOR).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].field").isEqualTo("size");
    }

    @Test
    void theAccessLogIsAppendOnlyForTheService() {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);
        read(TestInfrastructure.bearer("zhoushen"), event.documentId(), "", 200);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM archive_access_log").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    private void read(String bearer, String documentId, String suffix, int status) {
        web.get().uri("/api/archive/records/" + documentId + suffix).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange().expectStatus().isEqualTo(status);
    }

    @SuppressWarnings("unchecked")
    private List<String> entries(String bearer, String query, String field) {
        List<String> out = new ArrayList<>();
        web.get().uri("/api/archive/access-log?" + query).header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[*]." + field)
                .value(v -> out.addAll(v instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(v))));
        return out;
    }
}
