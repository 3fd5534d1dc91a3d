package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongwen.events.DocumentIssued;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The list and the record as 周慎 (AUDITOR, 机密), 王强 (CHIEF, 绝密) and an auditor cleared only for 秘密 see
 * them. Five documents of one fresh unit, archived in order, so "newest first" is known.
 */
class ConsultingArchiveIT extends ArchiveServiceIT {

    private static final String UNIT = freshUnit();
    /** Oldest archived first: 请示, 通知, 函 (2025), 报告 (机密), 纪要. */
    private static final List<DocumentIssued> SEEDED = new ArrayList<>();

    private static final String SECRET_AUDITOR = "Bearer " + TestInfrastructure.tokens()
            .mint(new DemoUser("xumi", "许密", "DAS", Set.of("AUDITOR"), "秘密"));

    @BeforeEach
    void seedOnce() {
        synchronized (SEEDED) {
            if (!SEEDED.isEmpty()) {
                return;
            }
            seed("请示", "关于申请社会救助专项资金的请示", "为保障困难群众基本生活，特申请专项资金。", null, LocalDate.of(2026, 1, 15));
            seed("通知", "关于开展养老服务机构检查的通知", "各养老服务机构：现将检查安排通知如下。", null, LocalDate.of(2026, 2, 20));
            seed("函", "关于商请支持100%_覆盖工作的函", "请贵局予以支持。", null, LocalDate.of(2025, 12, 30));
            seed("报告", "关于救助资金使用情况的报告", "现将资金使用情况报告如下。", "机密", LocalDate.of(2026, 3, 1));
            seed("纪要", "局长办公会议纪要", "会议研究了年度重点工作。", null, LocalDate.of(2026, 3, 5));
        }
    }

    private void seed(String docType, String title, String body, String classification, LocalDate date) {
        DocumentIssued event = issued(UNIT, content(docType, title, body, classification), date);
        publish(event);
        // one at a time, so that archivedAt follows the seeding order
        awaitArchived(event);
        SEEDED.add(event);
    }

    private static String id(int seeded) {
        return SEEDED.get(seeded).documentId();
    }

    private WebTestClient.ResponseSpec list(String bearer, String query) {
        return web.get().uri("/api/archive/records?unit=" + UNIT + (query.isEmpty() ? "" : "&" + query))
                .header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private List<String> ids(String bearer, String query) {
        return ids(list(bearer, query));
    }

    /** The term as a query parameter value, encoded by the client: '%' and '_' arrive as typed. */
    private List<String> search(String term) {
        return ids(web.get().uri(b -> b.path("/api/archive/records").queryParam("unit", UNIT)
                        .queryParam("q", "{q}").build(term))
                .header(HttpHeaders.AUTHORIZATION, zhoushen()).exchange());
    }

    private static List<String> ids(WebTestClient.ResponseSpec response) {
        List<String> ids = new ArrayList<>();
        response.expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].documentId").value(v -> ids.addAll(asStrings(v)));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(value));
    }

    private static String zhoushen() {
        return TestInfrastructure.bearer("zhoushen");
    }

    private static String wangqiang() {
        return TestInfrastructure.bearer("wangqiang");
    }

    @Test
    void theListIsNewestFirstWithPageSizeAndTotal() {
        list(zhoushen(), "").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(5)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(20)
                .jsonPath("$.items[0].archiveNo").isEqualTo("Z011-WS·2026-Y-" + UNIT + "-0001");
        assertThat(ids(zhoushen(), "")).containsExactly(id(4), id(3), id(2), id(1), id(0));
    }

    @Test
    void pagesSliceTheNewestFirstOrderAndKeepTheTotal() {
        assertThat(ids(zhoushen(), "size=2&page=0")).containsExactly(id(4), id(3));
        assertThat(ids(zhoushen(), "size=2&page=1")).containsExactly(id(2), id(1));
        assertThat(ids(zhoushen(), "size=2&page=2")).containsExactly(id(0));
        list(zhoushen(), "size=2&page=2").expectBody().jsonPath("$.total").isEqualTo(5).jsonPath("$.size").isEqualTo(2);
    }

    @Test
    void filtersByDocTypeYearAndDocumentDateRange() {
        assertThat(ids(zhoushen(), "docType=通知")).containsExactly(id(1));
        assertThat(ids(zhoushen(), "year=2025")).containsExactly(id(2));
        assertThat(ids(zhoushen(), "from=2026-02-01&to=2026-03-01")).containsExactly(id(3), id(1));
        assertThat(ids(zhoushen(), "from=2026-03-02")).containsExactly(id(4));
    }

    @Test
    void searchMatchesTitleBodyDocumentNumberAndArchiveNo() {
        assertThat(ids(zhoushen(), "q=救助")).containsExactly(id(3), id(0));
        assertThat(ids(zhoushen(), "q=养老")).containsExactly(id(1));
        assertThat(ids(zhoushen(), "q=年度重点")).containsExactly(id(4));
        assertThat(ids(zhoushen(), "q=" + SEEDED.get(1).documentNumber())).containsExactly(id(1));
        assertThat(ids(zhoushen(), "q=d10-" + UNIT.toLowerCase())).as("档号, case-insensitive").containsExactly(id(2));
    }

    @Test
    void twoCharacterTermsFindChineseTextThroughTheBigramIndexAndAreHighlighted() {
        assertThat(search("养老")).containsExactly(id(1));
        assertThat(search("养老服务")).containsExactly(id(1));
        assertThat(search("服务养老")).as("bigrams of a non-occurring order re-checked away").isEmpty();
        assertThat(search("资金")).containsExactly(id(3), id(0));
        assertThat(search("市财政局")).as("主送").hasSize(5);
        assertThat(search("孙立")).as("people of the trail").hasSize(5);
        web.get().uri(b -> b.path("/api/archive/records").queryParam("unit", UNIT).queryParam("q", "{q}").build("养老"))
                .header(HttpHeaders.AUTHORIZATION, zhoushen()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.totalCapped").isEqualTo(false)
                .jsonPath("$.highlights['" + id(1) + "'].field").isEqualTo("title")
                .jsonPath("$.highlights['" + id(1) + "'].passage").isEqualTo("关于开展【养老】服务机构检查的通知");
    }

    @Test
    void filtersByRetentionClassificationSignerAndDrafterAndSorts() {
        assertThat(ids(wangqiang(), "retention=Y")).containsExactly(id(4));
        assertThat(ids(wangqiang(), "classification=机密")).containsExactly(id(3));
        assertThat(ids(wangqiang(), "signer=wangqiang")).hasSize(5);
        assertThat(ids(wangqiang(), "drafter=lina")).isEmpty();
        assertThat(ids(wangqiang(), "sort=documentDate")).containsExactly(id(2), id(0), id(1), id(3), id(4));
        list(zhoushen(), "sort=size&retention=D7").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations.length()").isEqualTo(2);
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() {
        assertThat(search("%")).containsExactly(id(2));
        assertThat(search("_")).containsExactly(id(2));
        assertThat(search("100%_")).containsExactly(id(2));
        assertThat(search("救%资金")).isEmpty();
    }

    @Test
    void recordsAboveTheReadersClearanceAreNeitherListedNorCountedNorFound() {
        assertThat(ids(SECRET_AUDITOR, "")).containsExactly(id(4), id(2), id(1), id(0));
        list(SECRET_AUDITOR, "").expectBody().jsonPath("$.total").isEqualTo(4);
        list(SECRET_AUDITOR, "q=救助").expectBody().jsonPath("$.total").isEqualTo(1);
        web.get().uri("/api/archive/records/{id}", id(3)).header(HttpHeaders.AUTHORIZATION, SECRET_AUDITOR)
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        web.get().uri("/api/archive/records/{id}", id(3)).header(HttpHeaders.AUTHORIZATION, zhoushen())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.classification").isEqualTo("机密");
        assertThat(ids(TestInfrastructure.bearer("wangqiang"), "")).hasSize(5);
    }

    @Test
    void onlyAuditorsAndChiefsMayConsult() {
        for (String user : List.of("zhangwei", "sunli", "zhaomin", "admin")) {
            list(TestInfrastructure.bearer(user), "").expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith("application/problem+json")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:forbidden");
            web.get().uri("/api/archive/records/{id}", id(0)).header(HttpHeaders.AUTHORIZATION,
                    TestInfrastructure.bearer(user)).exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void aCallWithoutTokenIsUnauthenticated() {
        web.get().uri("/api/archive/records").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void badParametersAreAProblemNamingTheField() {
        for (String[] bad : new String[][] {{"year=abc", "year"}, {"from=notadate", "from"}, {"to=2026-13-01", "to"},
                {"size=101", "size"}, {"size=0", "size"}, {"page=-1", "page"}, {"page=x", "page"}}) {
            list(zhoushen(), bad[0]).expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith("application/problem+json")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.violations[0].field").isEqualTo(bad[1]);
        }
        list(zhoushen(), "size=100").expectStatus().isOk();
        list(TestInfrastructure.bearer("zhangwei"), "year=abc").expectStatus().isForbidden();
    }
}
