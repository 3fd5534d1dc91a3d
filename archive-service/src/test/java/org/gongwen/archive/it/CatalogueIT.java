package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** 归档文件目录 and 归档章 (DA/T 22-2015, reference.md §3.2) over HTTP, within clearance. */
class CatalogueIT extends ArchiveServiceIT {

    @Test
    void theCatalogueOfAClassListsItsRecordsInItemOrderWithinTheReadersClearance() {
        String unit = freshUnit();
        DocumentIssued first = issued(unit, "请示");
        publish(first);
        awaitArchived(first);
        DocumentIssued secret = issued(unit, content("请示", "关于绝密事项的请示", "内容", "绝密"), DOCUMENT_DATE);
        publish(secret);
        awaitArchived(secret);
        String query = "/api/archive/catalogue?year=2026&retention=D30&unit=" + unit;

        web.get().uri(query).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.fonds").isEqualTo("Z011")
                .jsonPath("$.retentionLabel").isEqualTo("定期30年")
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].serial").isEqualTo(1)
                .jsonPath("$.items[0].archiveNo").isEqualTo("Z011-WS·2026-D30-" + unit + "-0001")
                .jsonPath("$.items[0].date").isEqualTo("20260302")
                .jsonPath("$.items[0].responsible").isEqualTo("王强")
                .jsonPath("$.items[1].classification").isEqualTo("绝密");
        web.get().uri(query).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);

        byte[] csv = web.get().uri(query + "&format=csv")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF序号,档号,文号,责任者,题名,日期,密级,页数,备注")
                .contains("1,Z011-WS·2026-D30-" + unit + "-0001," + first.documentNumber() + ",王强,");

        web.get().uri("/api/archive/records/{id}/amendments", first.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.archivalStamp.fonds").isEqualTo("Z011")
                .jsonPath("$.archivalStamp.itemNo").isEqualTo("0001")
                .jsonPath("$.archivalStamp.retention").isEqualTo("定期30年");
    }

    @Test
    void badOrMissingClassParametersAreProblemsNamingTheFieldAndOtherRolesAreRefused() {
        web.get().uri("/api/archive/catalogue?year=26&retention=D7")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("year")
                .jsonPath("$.violations[1].field").isEqualTo("retention")
                .jsonPath("$.violations[2].field").isEqualTo("unit");
        web.get().uri("/api/archive/catalogue?year=2026&retention=Y&unit=BGS")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                .expectStatus().isForbidden();
    }
}
